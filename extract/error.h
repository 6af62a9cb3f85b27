#pragma once
// Errors a user can cause. Each carries the place it points at (file:line:col, any part may be
// missing) and an optional hint, and prints as
//   schemas/relations.yaml:14:7: relation 'CONSULT': unknown role 'sogetto' (known: subject, ...)

#include <cstddef>
#include <stdexcept>
#include <string>

namespace actorgraph {

// Where an error points. line and column are 1-based; 0 means unknown.
struct SourcePosition {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;

  // "file:line:col", "file:line", "file" or "" depending on what is known.
  std::string ToString() const;
};

// Base of every error a user can cause (bad input, bad schema, bad arguments).
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, SourcePosition where = {}, std::string hint = {});

  const SourcePosition& where() const { return where_; }
  const std::string& message() const { return message_; }
  const std::string& hint() const { return hint_; }

 private:
  static std::string Format(const std::string& message, const SourcePosition& where,
                            const std::string& hint);
  SourcePosition where_;
  std::string message_;
  std::string hint_;
};

// A schema YAML file is malformed or inconsistent.
class SchemaError : public Error {
  using Error::Error;
};

// An input document, relation file or graph file cannot be read.
class InputError : public Error {
  using Error::Error;
};

// The command line asks for something impossible (unknown actor, bad option value).
class UsageError : public Error {
  using Error::Error;
};

}  // namespace actorgraph
