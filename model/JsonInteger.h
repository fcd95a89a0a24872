//===- JsonInteger.h - Integers read from outside JSON, range-checked -*- C++ -*-===//
//
// Part of assoc-tidy. Facts files and cache entries come from disk, where
// anything may be: nlohmann/json converts a number to the requested type
// with a plain cast, which for `6e39` into an unsigned is undefined
// behaviour (found by the model_json fuzzer). Every integer we read goes
// through here instead.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_JSONINTEGER_H
#define ASSOC_TIDY_MODEL_JSONINTEGER_H

#include <nlohmann/json.hpp>

#include <limits>
#include <stdexcept>
#include <string>

namespace assoctidy {

/// J as an Int: an integer (not a float, not a boolean) that Int can hold;
/// otherwise throws, as a type error from nlohmann/json would.
template <class Int> Int jsonInteger(const nlohmann::json &J) {
  using Limits = std::numeric_limits<Int>;
  if (J.is_number_unsigned()) {
    const auto V = J.get<nlohmann::json::number_unsigned_t>();
    if (V <= static_cast<unsigned long long>(Limits::max()))
      return static_cast<Int>(V);
  } else if (J.is_number_integer()) {
    const auto V = J.get<nlohmann::json::number_integer_t>();
    if (V >= static_cast<long long>(Limits::min()) &&
        (V < 0 || static_cast<unsigned long long>(V) <=
                      static_cast<unsigned long long>(Limits::max())))
      return static_cast<Int>(V);
  }
  throw std::out_of_range("expected an integer that fits, found " + J.dump());
}

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_JSONINTEGER_H
