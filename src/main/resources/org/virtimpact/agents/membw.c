/*
 * membw - STREAM-style memory bandwidth kernels for VirtImpact.
 * Copyright (C) 2026 The VirtImpact authors. GPL-3.0-or-later.
 *
 * Written for VirtImpact after the method of John McCalpin's STREAM: four kernels (Copy, Scale,
 * Add, Triad) over three arrays of doubles, each kernel timed with a monotonic wall clock,
 * repeated NTIMES and the first pass left out of the statistics as a warm-up. Bandwidth counts
 * bytes read plus bytes written, in MB of 10^6 bytes, as STREAM does.
 *
 * ELEMENTS "auto" follows STREAM's rules: each array at least 4 times the last-level caches
 * (all their instances together), in whole millions of elements, and never fewer than STREAM's
 * default 10,000,000.
 * THREADS > 1 splits every kernel into contiguous slices, as STREAM's OpenMP static schedule does,
 * with POSIX threads so no OpenMP runtime is needed on the target.
 *
 * Build: cc -O2 -falign-loops=64 -pthread membw.c -lm
 * usage: membw ELEMENTS|auto [NTIMES [THREADS]]
 * output: one "key value" per line, any "warning: ..." lines, one line per kernel, then
 *         "validation passed". Errors go to stderr as one line starting with "membw: ".
 * exit status: 0 on success, 1 when the results fail the check, 2 on bad arguments or memory.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define KERNELS 4
#define INIT 4
#define QUIT 5
#define STREAM_DEFAULT_ELEMENTS 10000000L
#define MAX_THREADS 1024

static double *a, *b, *c;
static const double scalar = 3.0;
static int kernel_to_run;
static pthread_barrier_t start_line, finish_line;

struct slice {
    long lo, hi;
};

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

static long parse_long(const char *text, const char *what, long max)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || v < 1 || v > max) {
        fprintf(stderr, "membw: %s must be a whole number from 1 to %ld, not '%s'\n", what, max, text);
        exit(2);
    }
    return v;
}

/*
 * STREAM's arrays are distinct static arrays and its loop count a compile-time constant, so gcc
 * -O2 turns its Copy into memcpy and vectorizes the other kernels. Ours are malloc'd and sized at
 * run time: restrict parameters say they are distinct (gcc ignores restrict on local copies of
 * globals), and blocks of a constant BLOCK elements (plus a short tail) give the same compiler at
 * the same -O2 the same knowledge, so both programs run the same machine code.
 */
#define BLOCK 512
#define EACH(body) do { \
        long full_ = lo + (hi - lo) / BLOCK * BLOCK; \
        for (long b_ = lo; b_ < full_; b_ += BLOCK) { \
            for (long j = b_; j < b_ + BLOCK; j++) { body; } \
        } \
        for (long j = full_; j < hi; j++) { body; } \
    } while (0)

static void kernels(int kernel, double *restrict ra, double *restrict rb, double *restrict rc,
                    long lo, long hi)
{
    switch (kernel) {
    case 0: EACH(rc[j] = ra[j]); break;
    case 1: EACH(rb[j] = scalar * rc[j]); break;
    case 2: EACH(rc[j] = ra[j] + rb[j]); break;
    case 3: EACH(ra[j] = rb[j] + scalar * rc[j]); break;
    case INIT: EACH(ra[j] = 1.0; rb[j] = 2.0; rc[j] = 0.0); break;
    default: break;
    }
}

static void run_slice(int kernel, long lo, long hi)
{
    kernels(kernel, a, b, c, lo, hi);
}

static void *worker(void *arg)
{
    const struct slice *s = arg;
    for (;;) {
        pthread_barrier_wait(&start_line);
        if (kernel_to_run == QUIT) {
            return NULL;
        }
        run_slice(kernel_to_run, s->lo, s->hi);
        pthread_barrier_wait(&finish_line);
    }
}

/* The calling thread works on slice 0; the barriers publish kernel_to_run and the results. */
static void run_all(int kernel, int threads, const struct slice *slices)
{
    if (threads > 1) {
        kernel_to_run = kernel;
        pthread_barrier_wait(&start_line);
    }
    if (kernel == QUIT) {
        return;
    }
    run_slice(kernel, slices[0].lo, slices[0].hi);
    if (threads > 1) {
        pthread_barrier_wait(&finish_line);
    }
}

/* Reads a one-line sysfs file; 0 when it is missing or empty. */
static int read_line(const char *dir, const char *name, char *buf, size_t size)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return 0;
    }
    size_t got = fread(buf, 1, size - 1, f);
    fclose(f);
    buf[got] = '\0';
    buf[strcspn(buf, "\n")] = '\0';
    return got > 0;
}

static long cache_size(const char *text)
{
    char *end;
    long v = strtol(text, &end, 10);
    return *end == 'K' ? v << 10 : *end == 'M' ? v << 20 : *end == 'G' ? v << 30 : v;
}

/*
 * Bytes of all last-level caches together: per CPU the highest-level data or unified cache in
 * sysfs, each instance (the CPUs sharing it) counted once, so two sockets count two L3s. glibc's
 * sysconf is only the fallback: under a hypervisor it may report another figure (320 MiB for the
 * 32 MiB L3 of the KVM guest this was written on).
 */
static long llc_bytes(const char **source)
{
    static char seen[64][256];
    int instances = 0, top = 0;
    long total = 0, cpus = sysconf(_SC_NPROCESSORS_CONF);
    for (long cpu = 0; cpu < cpus; cpu++) {
        for (int index = 0; index < 16; index++) {
            char dir[128], level[16], type[32], size[32], shared[256];
            snprintf(dir, sizeof dir, "/sys/devices/system/cpu/cpu%ld/cache/index%d", cpu, index);
            if (!read_line(dir, "level", level, sizeof level) || !read_line(dir, "type", type, sizeof type)
                || !read_line(dir, "size", size, sizeof size)
                || !read_line(dir, "shared_cpu_list", shared, sizeof shared)) {
                break;
            }
            int lv = atoi(level);
            if (strcmp(type, "Instruction") == 0 || lv < top) {
                continue;
            }
            if (lv > top) {
                top = lv;
                total = 0;
                instances = 0;
            }
            int known = 0;
            for (int i = 0; i < instances; i++) {
                known |= strcmp(seen[i], shared) == 0;
            }
            if (!known && instances < 64) {
                memcpy(seen[instances++], shared, sizeof shared);
                total += cache_size(size);
            }
        }
    }
    if (total > 0) {
        *source = "sysfs";
        return total;
    }
#if defined(_SC_LEVEL3_CACHE_SIZE) && defined(_SC_LEVEL2_CACHE_SIZE)
    long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE), l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
    if (l3 > 0 || l2 > 0) {
        *source = l3 > 0 ? "sysconf-L3" : "sysconf-L2";
        return l3 > 0 ? l3 : l2;
    }
#endif
    return 0;
}

/* Repeats the kernels on scalars to know what every element must hold at the end. */
static int check(long n, int ntimes)
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

static long choose_elements(const char *arg, long llc)
{
    if (strcmp(arg, "auto") != 0) {
        long n = parse_long(arg, "ELEMENTS", LONG_MAX / (3 * (long) sizeof(double)));
        if (llc > 0 && n * (long) sizeof(double) < 4 * llc) {
            printf("warning: each array (%ld bytes) is smaller than 4 x the last-level cache (%ld bytes),"
                   " so the rates include cache hits; use array=auto or at least %ld bytes\n",
                   n * (long) sizeof(double), llc, 4 * llc);
        }
        return n;
    }
    if (llc <= 0) {
        printf("warning: the last-level cache size could not be read; using STREAM's default of %ld"
               " elements per array\n", STREAM_DEFAULT_ELEMENTS);
        return STREAM_DEFAULT_ELEMENTS;
    }
    /* Rounded up to whole millions: caches come in powers of two, and STREAM warns that arrays
       near a large power of two can collide in the caches and memory banks. */
    long n = (4 * llc / (long) sizeof(double) + 999999) / 1000000 * 1000000;
    return n > STREAM_DEFAULT_ELEMENTS ? n : STREAM_DEFAULT_ELEMENTS;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 4) {
        fprintf(stderr, "membw: usage: membw ELEMENTS|auto [NTIMES [THREADS]]\n");
        return 2;
    }
    const char *llc_source = "none";
    long llc = llc_bytes(&llc_source);
    long n = choose_elements(argv[1], llc);
    int ntimes = argc >= 3 ? (int) parse_long(argv[2], "NTIMES", 9999) : 10;
    int threads = argc == 4 ? (int) parse_long(argv[3], "THREADS", MAX_THREADS) : 1;
    if (ntimes < 2) {
        fprintf(stderr, "membw: NTIMES must be at least 2 (the first pass is a warm-up)\n");
        return 2;
    }
    if (threads > n) {
        fprintf(stderr, "membw: THREADS (%d) must not exceed ELEMENTS (%ld)\n", threads, n);
        return 2;
    }
    a = malloc(sizeof(double) * (size_t) n);
    b = malloc(sizeof(double) * (size_t) n);
    c = malloc(sizeof(double) * (size_t) n);
    if (a == NULL || b == NULL || c == NULL) {
        fprintf(stderr, "membw: cannot allocate 3 arrays of %ld doubles (%ld MiB in all)\n", n,
                3 * n * (long) sizeof(double) >> 20);
        return 2;
    }
    struct slice slices[MAX_THREADS];
    pthread_t ids[MAX_THREADS];
    for (int i = 0; i < threads; i++) {
        slices[i].lo = n / threads * i + (i < n % threads ? i : n % threads);
        slices[i].hi = slices[i].lo + n / threads + (i < n % threads ? 1 : 0);
    }
    if (threads > 1) {
        if (pthread_barrier_init(&start_line, NULL, (unsigned) threads) != 0
            || pthread_barrier_init(&finish_line, NULL, (unsigned) threads) != 0) {
            fprintf(stderr, "membw: cannot set up %d threads\n", threads);
            return 2;
        }
        for (int i = 1; i < threads; i++) {
            if (pthread_create(&ids[i], NULL, worker, &slices[i]) != 0) {
                fprintf(stderr, "membw: cannot start thread %d of %d\n", i + 1, threads);
                return 2;
            }
        }
    }
    /* Each thread first touches its own slice, so its pages sit on its own NUMA node. */
    run_all(INIT, threads, slices);

    double times[KERNELS][ntimes];
    for (int k = 0; k < ntimes; k++) {
        for (int i = 0; i < KERNELS; i++) {
            double t = now();
            run_all(i, threads, slices);
            times[i][k] = now() - t;
        }
    }
    run_all(QUIT, threads, slices);
    for (int i = 1; i < threads; i++) {
        pthread_join(ids[i], NULL);
    }

    static const char *names[KERNELS] = {"Copy", "Scale", "Add", "Triad"};
    static const int arrays[KERNELS] = {2, 2, 3, 3};
    printf("membw 2\n");
    printf("llc_bytes %ld\n", llc);
    printf("llc_source %s\n", llc_source);
    printf("array_choice %s\n", strcmp(argv[1], "auto") == 0 ? "auto" : "explicit");
    printf("elements %ld\n", n);
    printf("array_bytes %ld\n", n * (long) sizeof(double));
    printf("ntimes %d\n", ntimes);
    printf("threads %d\n", threads);
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
    if (!check(n, ntimes)) {
        printf("validation failed\n");
        return 1;
    }
    printf("validation passed\n");
    free(a);
    free(b);
    free(c);
    return 0;
}
