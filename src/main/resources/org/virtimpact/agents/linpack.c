/*
 * linpack - a Linpack-style CPU benchmark for VirtImpact.
 * Copyright (C) 2026 The VirtImpact authors. GPL-3.0-or-later.
 *
 * Solves a dense n x n system by LU factorisation with partial pivoting followed by forward and
 * back substitution, with the column-oriented algorithm of the classic LINPACK routines (factor,
 * then solve) on the same pseudo-random matrix, so its Mflops compare with published Linpack
 * 100x100 figures. Unlike netlib's linpackc it times with a monotonic wall clock, which is what a
 * user of a throttled or overcommitted guest actually gets, and it repeats the solve until the
 * timed total is far above the clock's resolution.
 *
 * Build: cc -O2 -falign-loops=64 linpack.c -lm (double precision), add -DLP_SINGLE for single.
 * Without the loop alignment, where the compiler happens to place the axpy loop decided between
 * 3.5 and 6.4 Gflops on a Zen 4 KVM guest.
 * usage: linpack [N] [MIN_SECONDS]
 * output: one "key value" per line, ending with "check passed" (or "check failed ...").
 *         Errors go to stderr as one line starting with "linpack: ".
 * exit status: 0 on success, 1 when the residual check fails, 2 on bad arguments or memory.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef LP_SINGLE
typedef float real;
#define PRECISION "single"
#define EPSILON FLT_EPSILON
#else
typedef double real;
#define PRECISION "double"
#define EPSILON DBL_EPSILON
#endif

/* The normalised residual of a correct solve is of order 1 to 10; LINPACK's own rule of thumb. */
#define RESIDUAL_LIMIT 100.0

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

/* Same generator as LINPACK's matgen, so the system is the published one; returns max |a_ij|. */
static real matgen(real *a, int lda, int n, real *b)
{
    int init = 1325;
    real norma = 0;
    for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
            init = 3125 * init % 65536;
            a[lda * j + i] = (real) ((init - 32768.0) / 16384.0);
            norma = fabs((double) a[lda * j + i]) > norma ? (real) fabs((double) a[lda * j + i]) : norma;
        }
    }
    for (int i = 0; i < n; i++) {
        b[i] = 0;
    }
    for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
            b[i] += a[lda * j + i];
        }
    }
    return norma;
}

static void axpy(int n, real da, const real *dx, real *dy)
{
    for (int i = 0; i < n; i++) {
        dy[i] += da * dx[i];
    }
}

static int iamax(int n, const real *dx)
{
    int best = 0;
    real max = (real) fabs((double) dx[0]);
    for (int i = 1; i < n; i++) {
        if (fabs((double) dx[i]) > max) {
            best = i;
            max = (real) fabs((double) dx[i]);
        }
    }
    return best;
}

/* LU factorisation with partial pivoting, column by column; returns 0, or k+1 for a zero pivot. */
static int gefa(real *a, int lda, int n, int *ipvt)
{
    int info = 0;
    for (int k = 0; k < n - 1; k++) {
        real *col = &a[lda * k];
        int l = iamax(n - k, &col[k]) + k;
        ipvt[k] = l;
        if (col[l] == 0) {
            info = k + 1;
            continue;
        }
        if (l != k) {
            real t = col[l];
            col[l] = col[k];
            col[k] = t;
        }
        real t = -1 / col[k];
        for (int i = k + 1; i < n; i++) {
            col[i] *= t;
        }
        for (int j = k + 1; j < n; j++) {
            real *cj = &a[lda * j];
            real tj = cj[l];
            if (l != k) {
                cj[l] = cj[k];
                cj[k] = tj;
            }
            axpy(n - (k + 1), tj, &col[k + 1], &cj[k + 1]);
        }
    }
    ipvt[n - 1] = n - 1;
    if (a[lda * (n - 1) + (n - 1)] == 0) {
        info = n;
    }
    return info;
}

static void gesl(const real *a, int lda, int n, const int *ipvt, real *b)
{
    for (int k = 0; k < n - 1; k++) {
        int l = ipvt[k];
        real t = b[l];
        if (l != k) {
            b[l] = b[k];
            b[k] = t;
        }
        axpy(n - (k + 1), t, &a[lda * k + k + 1], &b[k + 1]);
    }
    for (int kb = 0; kb < n; kb++) {
        int k = n - (kb + 1);
        b[k] /= a[lda * k + k];
        axpy(k, -b[k], &a[lda * k], &b[0]);
    }
}

static double parse_number(const char *text, const char *what, double min, double max)
{
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (errno != 0 || *end != '\0' || !(v >= min && v <= max)) {
        fprintf(stderr, "linpack: %s must be a number from %g to %g, not '%s'\n", what, min, max, text);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    if (argc > 3) {
        fprintf(stderr, "linpack: usage: linpack [N] [MIN_SECONDS]\n");
        return 2;
    }
    int n = argc > 1 ? (int) parse_number(argv[1], "N", 2, 20000) : 100;
    double min_seconds = argc > 2 ? parse_number(argv[2], "MIN_SECONDS", 0.001, 3600) : 1.0;
    /* An odd leading dimension, as LINPACK's 201 for n = 100, keeps columns off one cache set. */
    int lda = n % 2 == 0 ? n + 1 : n;
    real *pristine = malloc(sizeof(real) * (size_t) lda * (size_t) n);
    real *a = malloc(sizeof(real) * (size_t) lda * (size_t) n);
    real *b0 = malloc(sizeof(real) * (size_t) n);
    real *b = malloc(sizeof(real) * (size_t) n);
    int *ipvt = malloc(sizeof(int) * (size_t) n);
    if (!pristine || !a || !b0 || !b || !ipvt) {
        fprintf(stderr, "linpack: cannot allocate a %d x %d matrix\n", n, n);
        return 2;
    }
    real norma = matgen(pristine, lda, n, b0);

    long reps = 0;
    double timed = 0.0, best = 1e300;
    /* CPU time is read once around the whole loop, so its system calls stay out of the solves. */
    double cpu_start = cpu_now(), wall_start = now();
    while (timed < min_seconds || reps < 10) {
        memcpy(a, pristine, sizeof(real) * (size_t) lda * (size_t) n);
        memcpy(b, b0, sizeof(real) * (size_t) n);
        double t = now();
        int info = gefa(a, lda, n, ipvt);
        gesl(a, lda, n, ipvt, b);
        t = now() - t;
        if (info != 0) {
            printf("check failed: singular matrix (zero pivot at column %d)\n", info);
            return 1;
        }
        timed += t;
        best = t < best ? t : best;
        reps++;
    }
    /* The share of a CPU this process got while solving: below 1 when the host or hypervisor
       ran something else, which a wall clock counts and a CPU-time clock (linpackc's) does not. */
    double cpu_share = (cpu_now() - cpu_start) / (now() - wall_start);

    /* Residual of the last solution against a freshly generated system. */
    matgen(a, lda, n, b0);
    double resid = 0.0, normx = 0.0;
    for (int i = 0; i < n; i++) {
        double r = -(double) b0[i];
        for (int j = 0; j < n; j++) {
            r += (double) a[lda * j + i] * (double) b[j];
        }
        resid = fabs(r) > resid ? fabs(r) : resid;
        normx = fabs((double) b[i]) > normx ? fabs((double) b[i]) : normx;
    }
    double normalized = resid / (n * (double) norma * normx * EPSILON);
    double ops = 2.0 * n * (double) n * n / 3.0 + 2.0 * n * (double) n;

    printf("linpack 1\n");
    printf("precision %s\n", PRECISION);
    printf("n %d\n", n);
    printf("repetitions %ld\n", reps);
    printf("seconds %.6f\n", timed);
    printf("mflops %.3f\n", ops * reps / timed * 1e-6);
    printf("best_mflops %.3f\n", ops / best * 1e-6);
    printf("cpu_share %.3f\n", cpu_share);
    printf("residual %.6e\n", resid);
    printf("normalized_residual %.3f\n", normalized);
    printf("x0_minus_1 %.6e\n", (double) b[0] - 1.0);
    if (!(normalized < RESIDUAL_LIMIT)) {
        printf("check failed\n");
        return 1;
    }
    printf("check passed\n");
    return 0;
}
