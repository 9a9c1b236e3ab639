#ifndef CLIBFUZZERDRIVER_H
#define CLIBFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's own driver (compiler-rt, FuzzerDriver.cpp), linked in with -sanitize=fuzzer.
/// Each fuzz target's main.swift calls it, so the program does not depend on which `main` the linker picks.
int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv,
                        int (*_Nonnull callback)(const uint8_t *_Nonnull data, size_t size));

/// The fuzz target, defined in Swift by each executable with `@_cdecl("LLVMFuzzerTestOneInput")`.
int LLVMFuzzerTestOneInput(const uint8_t *_Nonnull data, size_t size);

#endif
