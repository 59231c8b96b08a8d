#include "testpeers.h"
