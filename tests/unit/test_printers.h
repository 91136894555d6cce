// How Catch2 prints our value types in failed assertions.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "claimcheck/date.h"
#include "claimcheck/decimal.h"
#include "claimcheck/span.h"

namespace Catch {

template <>
struct StringMaker<claimcheck::Decimal> {
  static std::string convert(const claimcheck::Decimal& d) { return d.ToString(); }
};

template <>
struct StringMaker<std::optional<claimcheck::Decimal>> {
  static std::string convert(const std::optional<claimcheck::Decimal>& d) { return d ? d->ToString() : "nullopt"; }
};

template <>
struct StringMaker<claimcheck::CivilDate> {
  static std::string convert(const claimcheck::CivilDate& d) { return claimcheck::FormatIsoDate(d); }
};

template <>
struct StringMaker<std::optional<claimcheck::CivilDate>> {
  static std::string convert(const std::optional<claimcheck::CivilDate>& d) {
    return d ? claimcheck::FormatIsoDate(*d) : "nullopt";
  }
};

template <>
struct StringMaker<claimcheck::Span> {
  static std::string convert(const claimcheck::Span& s) {
    return "[" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")";
  }
};

}  // namespace Catch
