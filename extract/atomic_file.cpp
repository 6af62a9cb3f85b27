#include "extract/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <unistd.h>

#include "extract/error.h"

namespace actorgraph {
namespace {
std::atomic<unsigned> temp_counter{0};

// True for targets that a rename must not replace: anything that is not a regular file, and
// anything under /dev or /proc (/dev/stdout resolves to the caller's open file, which the shell
// holds open: replacing it would lose the output).
bool IsSpecialTarget(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (std::string_view prefix : {"/dev/", "/proc/"}) {
    if (path.rfind(prefix, 0) == 0) return true;
  }
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    std::string target = fs::read_symlink(path, ec).string();
    if (!ec && (target.rfind("/dev/", 0) == 0 || target.rfind("/proc/", 0) == 0)) return true;
  }
  auto status = fs::status(path, ec);
  return !ec && fs::exists(status) && !fs::is_regular_file(status);
}
}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  // A device, a FIFO or /dev/stdout cannot be replaced by a rename: write to it directly.
  if (IsSpecialTarget(path_)) {
    direct_ = true;
    out_.open(path_, std::ios::binary | std::ios::app);  // never truncate what the shell opened
    if (!out_) {
      throw InputError("cannot write: " + std::string(std::strerror(errno)), {path_});
    }
    return;
  }
  temp_path_ = path_ + ".tmp." + std::to_string(::getpid()) + "." +
               std::to_string(temp_counter.fetch_add(1));
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    throw InputError("cannot write: " + std::string(std::strerror(errno)), {path_},
                     "check that the directory exists and is writable");
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    out_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::Commit() {
  out_.flush();
  if (!out_) throw InputError("write failed: " + std::string(std::strerror(errno)), {path_});
  out_.close();
  if (direct_) {
    committed_ = true;
    return;
  }
  // fsync so that the rename never exposes a file whose data is not on disk yet.
  int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw InputError("cannot rename the temporary file into place: " +
                         std::string(std::strerror(errno)),
                     {path_});
  }
  committed_ = true;
}

}  // namespace actorgraph
