//===- WriteAll.h - A whole buffer to a file descriptor ---------*- C++ -*-===//
//
// Part of assoc-tidy. write(2) may write part of a buffer or be interrupted
// by a signal; the fix applier (a file being replaced) and assoc-clangd
// (an LSP message to the editor) both need all of it or a failure.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_REPORT_WRITEALL_H
#define ASSOC_TIDY_REPORT_WRITEALL_H

#include <string_view>

namespace assoctidy {

/// Writes all of Bytes to FD, retrying after EINTR and partial writes.
/// False on any other error, or when the descriptor accepts nothing.
bool writeAll(int FD, std::string_view Bytes);

} // namespace assoctidy

#endif // ASSOC_TIDY_REPORT_WRITEALL_H
