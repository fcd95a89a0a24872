// Reads <map> and the vocabulary, not <vector> or <string>... as far as
// its own files say: the preamble that deep_b.cpp loads holds files it
// never reads.
#include <map>
#include <assoc/associations.hpp>
