#include "extract/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "extract/error.h"

namespace actorgraph {
namespace {
std::atomic<unsigned> temp_counter{0};
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  temp_path_ = path_ + ".tmp." + std::to_string(::getpid()) + "." +
               std::to_string(temp_counter.fetch_add(1));
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    throw InputError("cannot write: " + std::string(std::strerror(errno)), {path_},
                     "check that the directory exists and is writable");
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::Commit() {
  out_.flush();
  if (!out_) throw InputError("write failed: " + std::string(std::strerror(errno)), {path_});
  out_.close();
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
