#include "engine/core/Error.h"
