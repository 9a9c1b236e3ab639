import FuzzSupport

// libFuzzer's driver runs `LLVMFuzzerTestOneInput` (defined in the other file of this target).
runLibFuzzer()
