// A vCPU kept busy doing as little as a running thread can (x86 PAUSE in a loop) for argv[1]
// milliseconds, for bench/batch/sliced.mjs: run at SCHED_FIFO priority 1 on a vCPU, it keeps the
// neighbours' work off that core while the measured process (priority 2) leaves it idle, and
// gives way at once when one of that process's threads wakes. Prints "go" once running.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <immintrin.h>

int main(int argc, char **argv) {
  alarm(10); // never outlives a slice by much, whatever happens to the caller
  double ms = argc > 1 ? atof(argv[1]) : 300;
  struct timespec t0, t;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  puts("go");
  fflush(stdout);
  do {
    for (int i = 0; i < 1000; i++) _mm_pause();
    clock_gettime(CLOCK_MONOTONIC, &t);
  } while ((t.tv_sec - t0.tv_sec) * 1e3 + (t.tv_nsec - t0.tv_nsec) / 1e6 < ms);
  return 0;
}
