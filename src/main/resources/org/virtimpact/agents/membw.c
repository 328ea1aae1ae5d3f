/*
 * membw - STREAM-style memory bandwidth kernels for VirtImpact.
 * Copyright (C) 2026 The VirtImpact authors. GPL-3.0-or-later.
 *
 * Written for VirtImpact after the method of John McCalpin's STREAM: four kernels (Copy, Scale,
 * Add, Triad) over three arrays of doubles, each kernel timed with a monotonic wall clock,
 * repeated NTIMES and the first pass left out of the statistics as a warm-up. Bandwidth counts
 * bytes read plus bytes written, in MB of 10^6 bytes, as STREAM does.
 *
 * usage: membw ELEMENTS [NTIMES]
 * output: one "key value" per line, then one line per kernel, then "validation passed".
 * exit status: 0 on success, 1 when the results fail the check, 2 on bad arguments or memory.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define KERNELS 4

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

static double clock_resolution(void)
{
    struct timespec r;
    if (clock_getres(CLOCK_MONOTONIC, &r) != 0) {
        return -1.0;
    }
    return (double) r.tv_sec + (double) r.tv_nsec * 1e-9;
}

static long parse_long(const char *text, const char *what)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || v < 1) {
        fprintf(stderr, "membw: %s must be a positive whole number, not '%s'\n", what, text);
        exit(2);
    }
    return v;
}

/* Repeats the kernels on scalars to know what every element must hold at the end. */
static int check(const double *a, const double *b, const double *c, long n, int ntimes, double scalar)
{
    double aj = 1.0, bj = 2.0, cj = 0.0;
    for (int k = 0; k < ntimes; k++) {
        cj = aj;
        bj = scalar * cj;
        cj = aj + bj;
        aj = bj + scalar * cj;
    }
    double ea = 0.0, eb = 0.0, ec = 0.0;
    for (long j = 0; j < n; j++) {
        ea += fabs(a[j] - aj);
        eb += fabs(b[j] - bj);
        ec += fabs(c[j] - cj);
    }
    const double epsilon = 1e-13;
    int ok = 1;
    if (ea / n / fabs(aj) > epsilon) { printf("check a failed: average error %e\n", ea / n); ok = 0; }
    if (eb / n / fabs(bj) > epsilon) { printf("check b failed: average error %e\n", eb / n); ok = 0; }
    if (ec / n / fabs(cj) > epsilon) { printf("check c failed: average error %e\n", ec / n); ok = 0; }
    return ok;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: membw ELEMENTS [NTIMES]\n");
        return 2;
    }
    long n = parse_long(argv[1], "ELEMENTS");
    int ntimes = argc == 3 ? (int) parse_long(argv[2], "NTIMES") : 10;
    if (ntimes < 2) {
        fprintf(stderr, "membw: NTIMES must be at least 2 (the first pass is a warm-up)\n");
        return 2;
    }
    double *a = malloc(sizeof(double) * (size_t) n);
    double *b = malloc(sizeof(double) * (size_t) n);
    double *c = malloc(sizeof(double) * (size_t) n);
    if (a == NULL || b == NULL || c == NULL) {
        fprintf(stderr, "membw: cannot allocate 3 arrays of %ld doubles\n", n);
        return 2;
    }
    for (long j = 0; j < n; j++) {
        a[j] = 1.0;
        b[j] = 2.0;
        c[j] = 0.0;
    }
    const double scalar = 3.0;
    double times[KERNELS][ntimes];
    for (int k = 0; k < ntimes; k++) {
        double t = now();
        for (long j = 0; j < n; j++) c[j] = a[j];
        times[0][k] = now() - t;
        t = now();
        for (long j = 0; j < n; j++) b[j] = scalar * c[j];
        times[1][k] = now() - t;
        t = now();
        for (long j = 0; j < n; j++) c[j] = a[j] + b[j];
        times[2][k] = now() - t;
        t = now();
        for (long j = 0; j < n; j++) a[j] = b[j] + scalar * c[j];
        times[3][k] = now() - t;
    }

    static const char *names[KERNELS] = {"Copy", "Scale", "Add", "Triad"};
    static const int arrays[KERNELS] = {2, 2, 3, 3};
    printf("membw 1\n");
    printf("elements %ld\n", n);
    printf("array_bytes %ld\n", n * (long) sizeof(double));
    printf("ntimes %d\n", ntimes);
    printf("clock_resolution_s %.3e\n", clock_resolution());
    for (int i = 0; i < KERNELS; i++) {
        double min = FLT_MAX, max = 0.0, sum = 0.0;
        for (int k = 1; k < ntimes; k++) {
            min = times[i][k] < min ? times[i][k] : min;
            max = times[i][k] > max ? times[i][k] : max;
            sum += times[i][k];
        }
        double avg = sum / (ntimes - 1);
        double bytes = (double) arrays[i] * sizeof(double) * (double) n;
        printf("kernel %s best_MBps %.1f avg_MBps %.1f min_s %.6f avg_s %.6f max_s %.6f\n",
               names[i], 1e-6 * bytes / min, 1e-6 * bytes / avg, min, avg, max);
    }
    if (!check(a, b, c, n, ntimes, scalar)) {
        printf("validation failed\n");
        return 1;
    }
    printf("validation passed\n");
    free(a);
    free(b);
    free(c);
    return 0;
}
