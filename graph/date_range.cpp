#include "graph/date_range.h"

#include <charconv>
#include <cstdio>

namespace actorgraph {
namespace {

struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when absent
  int day = 0;    // 0 when absent
};

bool ReadNumber(std::string_view text, std::size_t digits, int& value) {
  if (text.size() != digits) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<PartialDate> Parse(std::string_view date) {
  PartialDate d;
  if (!ReadNumber(date.substr(0, 4), 4, d.year)) return std::nullopt;
  if (date.size() == 4) return d;
  if (date.size() < 7 || date[4] != '-' || !ReadNumber(date.substr(5, 2), 2, d.month) ||
      d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  if (date.size() == 7) return d;
  if (date.size() != 10 || date[7] != '-' || !ReadNumber(date.substr(8, 2), 2, d.day) ||
      d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

std::string Format(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

std::optional<std::string> FirstDayOf(std::string_view date) {
  std::optional<PartialDate> d = Parse(date);
  if (!d) return std::nullopt;
  return Format(d->year, d->month == 0 ? 1 : d->month, d->day == 0 ? 1 : d->day);
}

std::optional<std::string> LastDayOf(std::string_view date) {
  std::optional<PartialDate> d = Parse(date);
  if (!d) return std::nullopt;
  const int month = d->month == 0 ? 12 : d->month;
  return Format(d->year, month, d->day == 0 ? DaysInMonth(d->year, month) : d->day);
}

}  // namespace actorgraph
