#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

const char* FigureKindName(FigureKind kind) {
  switch (kind) {
    case FigureKind::kMoney: return "money";
    case FigureKind::kPercent: return "percent";
    case FigureKind::kDate: return "date";
    case FigureKind::kHorizon: return "horizon";
    case FigureKind::kSkip: return "skip";
  }
  return "?";
}

std::optional<std::string_view> Table::Find(std::string_view folded) const {
  auto it = entries.find(folded);
  if (it == entries.end()) return std::nullopt;
  return it->second;
}

const Table* LanguageRules::FindTable(std::string_view name) const {
  auto it = tables.find(name);
  return it == tables.end() ? nullptr : &it->second;
}

std::optional<std::string> LanguageRules::Lookup(std::string_view table, std::string_view folded) const {
  const Table* t = FindTable(table);
  auto value = t ? t->Find(folded) : std::nullopt;
  return value ? std::optional<std::string>(*value) : std::nullopt;
}

const LanguageRules* RuleSet::FindLanguage(const std::string& code) const {
  for (const auto& lang : languages) {
    if (lang.code == code) return &lang;
  }
  return nullptr;
}

int RuleSet::FindEntityByName(const std::string& name) const {
  for (size_t i = 0; i < entities.size(); ++i) {
    for (const auto& n : entities[i].names) {
      if (n == name) return static_cast<int>(i);
    }
  }
  return -1;
}

int RuleSet::FindEntityById(const std::string& id) const {
  for (size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace claimcheck
