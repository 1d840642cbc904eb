#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the CPU to start loading the cache line at `address`; never faults, even for a bad address.
static inline void daemonry_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
