// Only the declaration in include/CLibFuzzerDriver.h matters; SwiftPM needs one source file.
#include "CLibFuzzerDriver.h"
