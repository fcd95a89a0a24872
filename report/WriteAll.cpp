//===- WriteAll.cpp - A whole buffer to a file descriptor -----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WriteAll.h"

#include <cerrno>
#include <unistd.h>

namespace assoctidy {

bool writeAll(int FD, std::string_view Bytes) {
  std::size_t Done = 0;
  while (Done < Bytes.size()) {
    ssize_t N = ::write(FD, Bytes.data() + Done, Bytes.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Done += static_cast<std::size_t>(N);
  }
  return true;
}

} // namespace assoctidy
