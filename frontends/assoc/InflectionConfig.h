//===- InflectionConfig.h - Custom inflections from configuration -*- C++ -*-=//
//
// Part of assoc-tidy. What `config/initializers/inflections.rb` says in a
// Rails app, given as check options (strings) in `.clang-tidy`:
//
//   Irregulars:   'octopus:octopuses;cactus:cacti'   singular:plural pairs
//   Uncountables: 'metadata;feedback'
//   Plurals:      '(ox)$->\1en;(quiz)$->\1zes'        regex->replacement
//   Singulars:    '(ox)en$->\1'
//   Acronyms:     'API;HTML'
//
// Rules are applied in the order Plurals, Singulars, Irregulars,
// Uncountables, so that a pair or an uncountable wins over a pattern.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_INFLECTIONCONFIG_H
#define ASSOC_TIDY_MODEL_INFLECTIONCONFIG_H

#include "Inflector.h"

#include <string>
#include <vector>

namespace assoctidy {

struct InflectionOptions {
  std::string Irregulars;
  std::string Uncountables;
  std::string Plurals;
  std::string Singulars;
  std::string Acronyms;

  bool empty() const {
    return Irregulars.empty() && Uncountables.empty() && Plurals.empty() &&
           Singulars.empty() && Acronyms.empty();
  }
};

/// ActiveSupport's English inflections with the custom ones added. Each
/// malformed entry is skipped and described in Errors, naming its option.
Inflector makeInflector(const InflectionOptions &Options,
                        std::vector<std::string> &Errors);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_INFLECTIONCONFIG_H
