#pragma once
// Output files written atomically: to a temporary file beside the target, renamed over it on
// Commit(). A run that dies half way leaves the previous file (or none), never a truncated one.
// A target that exists and is not a regular file (/dev/stdout, a FIFO) is written directly.

#include <fstream>
#include <string>

namespace actorgraph {

class AtomicFile {
 public:
  // Opens "<path>.tmp.<pid>.<n>" for writing. Throws InputError when it cannot be created.
  explicit AtomicFile(std::string path);
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, syncs and renames the temporary file to the target. Throws InputError on failure.
  void Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream out_;
  bool committed_ = false;
  bool direct_ = false;  // the target is a device or FIFO: no temporary file
};

}  // namespace actorgraph
