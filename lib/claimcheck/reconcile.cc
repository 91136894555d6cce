#include "claimcheck/reconcile.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

namespace claimcheck {
namespace {

constexpr double kTolerance = 0.005;      // rounding in restatements: 0.5 %
constexpr double kApprox = 0.10;          // "rund", "about": ±10 %
constexpr double kRateSpread = 0.10;      // conversions of one currency pair agree within 10 %
constexpr double kUnrelated = 50;         // figures further apart measure different things

// A figure as the set of values it admits.
struct Interval {
  double lo = 0, hi = 0;
};

Interval IntervalOf(const Claim& c) {
  double inf = std::numeric_limits<double>::infinity();
  Interval r;
  if (c.low && c.high) {
    r = {c.low->ToDouble(), c.high->ToDouble()};
  } else if (c.value) {
    r = {c.value->ToDouble(), c.value->ToDouble()};
  }
  if (c.HasQualifier("approx")) r = {r.lo * (1 - kApprox), r.hi * (1 + kApprox)};
  if (c.HasQualifier("more_than")) r.hi = inf;
  if (c.HasQualifier("up_to")) r.lo = 0;
  return r;
}

bool Overlap(const Interval& a, const Interval& b) {
  return a.lo <= b.hi * (1 + kTolerance) && b.lo <= a.hi * (1 + kTolerance);
}

// Bytes that group digits inside one numeral: "1,22", "1.000", "1 400" (also
// with no-break, narrow and thin spaces), "1'000".
size_t DigitSeparatorAt(std::string_view text, size_t i) {
  for (std::string_view sep : {".", ",", "'", " ", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"}) {
    if (text.substr(i, sep.size()) == sep) return sep.size();
  }
  return 0;
}

// Significant digits of the first numeral in a claim's text as written
// ("1,22 Bio. €" -> 3, "500 Mrd." -> 3, "1 400 milliards" -> 4), or 0 when
// the figure is written in words. Trailing zeros count: "500" is not "5e2".
int StatedDigits(std::string_view text) {
  size_t i = text.find_first_of("0123456789");
  int digits = 0;
  while (i < text.size()) {
    if (text[i] >= '0' && text[i] <= '9') {
      if (digits > 0 || text[i] != '0') ++digits;
      ++i;
      continue;
    }
    size_t sep = DigitSeparatorAt(text, i);
    if (sep == 0 || i + sep >= text.size() || text[i + sep] < '0' || text[i + sep] > '9') break;
    i += sep;
  }
  return digits;
}

// A single value, not a range or bound: only such a figure has a precision.
bool IsPoint(const Claim& c) {
  return c.value && !c.low && !c.HasQualifier("more_than") && !c.HasQualifier("up_to");
}

// A rounded restatement agrees with a more precise figure: "1,2 Bio. €" is
// "1,22 Bio. €" rounded to the two digits it states.
bool RoundsTo(const Claim& precise, const Claim& rounded) {
  if (!IsPoint(precise) || !IsPoint(rounded)) return false;
  int digits = StatedDigits(rounded.text);
  double r = rounded.value->ToDouble(), p = precise.value->ToDouble();
  if (digits == 0 || r <= 0) return false;
  double step = std::pow(10.0, std::floor(std::log10(r)) - digits + 1);
  return std::fabs(std::round(p / step) * step - r) <= r * 1e-9;
}

// Two statements of one figure agree when their intervals overlap or one is
// the other rounded to its stated precision.
bool Agree(const Claim& a, const Claim& b) {
  return Overlap(IntervalOf(a), IntervalOf(b)) || RoundsTo(a, b) || RoundsTo(b, a);
}

// Whether two claims agree with the same claims: they are alike in all that
// Agree reads (keep the two in step). A figure syndicated in thousands of
// copies is then compared once, not once per copy.
bool AgreeAlike(const Claim& a, const Claim& b) {
  for (const char* q : {"approx", "more_than", "up_to"}) {
    if (a.HasQualifier(q) != b.HasQualifier(q)) return false;
  }
  return a.value == b.value && a.low == b.low && a.high == b.high && StatedDigits(a.text) == StatedDigits(b.text);
}

// Qualifier class: figures are compared as equals only within one class.
// A contribution, or funding someone gives, is a part of what it goes into
// unless it says it is the total of all of them: "the state contributes
// €120m" and "the EIB will lend €800m" are no restatements of the plant's
// €1.5bn; "the venture is endowed with $3bn" is its whole.
std::string QualifierClass(const Claim& c) {
  if (c.HasQualifier("initial")) return "initial";
  if (c.HasQualifier("annual")) return "annual";
  if (c.HasQualifier("each")) return "each";
  bool given = c.attribute == "contribution" || (c.attribute == "funding" && !c.holders.empty());
  if (given && !c.HasQualifier("total")) return "part";
  return "total";
}

// Attributes that measure the same money: what is invested is contributed.
// What a project costs is what is invested in it ("Gesamtkosten", "總投資").
std::string AttributeFamily(const std::string& attribute) {
  if (attribute == "contribution" || attribute == "funding" || attribute == "spending" || attribute == "cost")
    return "investment";
  return attribute;
}

// The money a figure counts, for the checks across qualifier classes: its
// unit and attribute family; a figure without attribute counts as invested.
std::string Purse(const Claim& c) {
  std::string family = AttributeFamily(c.attribute);
  return c.unit + ":" + (family.empty() ? "investment" : family);
}

std::string Amount(const Claim& c) {
  std::string v = c.low && c.high ? c.low->ToString() + ".." + c.high->ToString()
                                  : (c.value ? c.value->ToString() : "?");
  return c.unit.empty() ? v : v + " " + c.unit;
}

std::string Quote(const Claim& c) { return fmt::format("\"{}\" ({})", c.text, c.doc); }

// The parties a figure belongs to, as a key: "45 Mrd. from the four partners"
// is another figure than the project's own total.
std::string HoldersKey(const Claim& c) {
  std::vector<std::string> holders = c.holders;
  std::sort(holders.begin(), holders.end());
  std::string key;
  for (const auto& h : holders) key += h + ",";
  return key;
}

// Whitespace-folded sentence: the same sentence in two documents is one source.
std::string StatementKey(const Claim& c) {
  std::string key;
  bool space = false;
  for (char ch : c.sentence) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    key += ch;
  }
  return key + "|" + c.text;
}

using Group = std::vector<const Claim*>;

// Whether a claim says enough of what it measures to be compared: a stake
// for a percentage ("shares rose 3 %" and "a 3 % stake" are no restatements
// of each other), and for money an attribute or a word that places it in
// the whole ("insgesamt", "initial", "each", "a year"). A bare "$646m" of a
// company in one article and "140,400 dlrs" in another are not one figure.
bool SaysWhatItMeasures(const Claim& c) {
  if (c.kind == FigureKind::kPercent) return c.attribute == "stake";
  if (!c.attribute.empty()) return true;
  for (const char* q : {"total", "initial", "each", "annual"}) {
    if (c.HasQualifier(q)) return true;
  }
  return false;
}

// Whether a figure measures a deal or a project, should no subject be read
// for it: a stake, or money paid, invested, lent, granted or given, or
// placed in a whole ("insgesamt", "la première phase", "每年"). Not a
// company's revenue or profit, nor a share price.
bool MeasuresADeal(const Claim& c) {
  if (!SaysWhatItMeasures(c)) return false;
  if (c.kind == FigureKind::kPercent) return true;
  static const std::set<std::string> kDeal = {"",         "investment", "contribution", "funding", "subsidy",
                                              "cost",     "spending",   "price",        "valuation"};
  return c.kind == FigureKind::kMoney && kDeal.count(c.attribute) > 0;
}

// A factor of 1,000 or 10,000 (billion vs trillion, 萬 vs 億), or 0.
double ScaleFactor(double ratio) {
  for (double factor : {1000.0, 10000.0}) {
    if (std::fabs(ratio / factor - 1) < kTolerance) return factor;
  }
  return 0;
}

// The amount a figure states: its value, or the middle of its range. Not
// its interval: "more than 210bn yuan ($25.4bn)" is open above, but both
// figures state the same 210bn; and "rund 3,2 Milliarden" is 3,2 billions
// over 1,000, exactly.
double StatedAmount(const Claim& c) {
  if (c.value) return c.value->ToDouble();
  if (c.low && c.high) return (c.low->ToDouble() + c.high->ToDouble()) / 2;
  return 0;
}

// The ratio of two figures' stated amounts, at least 1.
double RatioOf(const Claim& a, const Claim& b) {
  double x = StatedAmount(a), y = StatedAmount(b);
  return std::max(x, y) / std::min(x, y);
}

// Whether two figures state one amount, or one of them is that amount at
// the wrong scale ("140 Billionen" for 140 billion).
bool SameAmountOrScaleSlip(const Claim& a, const Claim& b) {
  return Agree(a, b) || ScaleFactor(RatioOf(a, b)) != 0;
}

// Whether the figures of the group agree with its first (linear: a group
// may hold thousands of copies of one figure).
bool AllAgree(const Group& group) {
  return std::all_of(group.begin(), group.end(), [&](const Claim* c) { return Agree(*group.front(), *c); });
}

// Whether one article states two figures of the group that disagree: one
// that disagrees with the article's first.
bool OneArticleDiffers(const Group& group) {
  std::map<std::string_view, const Claim*> first_of_doc;
  for (const Claim* c : group) {
    auto [it, added] = first_of_doc.emplace(c->doc, c);
    if (!added && !Agree(*it->second, *c)) return true;
  }
  return false;
}

// "Valmont and Rheinfels will build a $12 billion fab" restates the
// project's total with its backers named; "the four partners put in 45
// billion" of a 500 billion project is a figure of its own. A group with
// holders joins the same figure without holders when each of its figures
// states an amount of that group, or that amount at the wrong scale.
void JoinRestatementsWithHolders(std::map<std::string, Group>& groups) {
  std::vector<std::string> joined;
  for (auto& [key, group] : groups) {
    if (key.ends_with("|") || key.find("|each|") != std::string::npos) continue;
    std::string plain = key.substr(0, key.rfind('|') + 1);
    auto target = groups.find(plain);
    if (target == groups.end()) continue;
    bool restates = std::all_of(group.begin(), group.end(), [&](const Claim* c) {
      return std::any_of(target->second.begin(), target->second.end(),
                         [&](const Claim* d) { return SameAmountOrScaleSlip(*c, *d); });
    });
    if (!restates) continue;
    target->second.insert(target->second.end(), group.begin(), group.end());
    joined.push_back(key);
  }
  for (const auto& key : joined) groups.erase(key);
}


// An amount in more articles than this tells no story apart.
constexpr size_t kCommonAmount = 32;

// An amount an unnamed story may share across articles: "money|USD|1.2e+09".
std::string StoryAmount(const Claim& c) {
  return fmt::format("{}|{}|{:.6g}", FigureKindName(c.kind), c.unit, StatedAmount(c));
}

// Two shared amounts, one of them money: enough to tell one story.
bool TellsOneStory(const std::set<std::string>& shared) {
  return shared.size() >= 2 &&
         std::any_of(shared.begin(), shared.end(), [](const std::string& a) { return a.starts_with("money|"); });
}

// Which story each article tells: articles joined by the amounts they
// share (union-find over article names).
class ArticleStories {
 public:
  // docs_of: amount -> the articles stating it.
  explicit ArticleStories(const std::map<std::string, std::set<std::string>>& docs_of) {
    for (bool joined = true; joined;) joined = JoinOnce(docs_of);
  }
  const std::string& StoryOf(const std::string& doc) {
    auto it = parent_.find(doc);
    if (it == parent_.end() || it->second == doc) return doc;
    return it->second = StoryOf(it->second);
  }

 private:
  // Joins each two stories so far that share two amounts; whether any were.
  bool JoinOnce(const std::map<std::string, std::set<std::string>>& docs_of) {
    std::map<std::pair<std::string, std::string>, std::set<std::string>> shared;
    for (const auto& [amount, docs] : docs_of) {
      if (docs.size() > kCommonAmount) continue;
      std::set<std::string> stories;
      for (const auto& d : docs) stories.insert(StoryOf(d));
      for (auto a = stories.begin(); a != stories.end(); ++a) {
        for (auto b = std::next(a); b != stories.end(); ++b) shared[{*a, *b}].insert(amount);
      }
    }
    bool joined = false;
    for (const auto& [pair, amounts] : shared) {
      if (!TellsOneStory(amounts) || StoryOf(pair.first) == StoryOf(pair.second)) continue;
      parent_[StoryOf(pair.second)] = StoryOf(pair.first);
      joined = true;
    }
    return joined;
  }

  std::map<std::string, std::string> parent_;
};

class Reconciler {
 public:
  Reconciler(const std::vector<Claim>& claims, const RuleSet& rules) : claims_(claims), rules_(rules) {}
  std::vector<Finding> Run();
  const std::set<std::string>& compared() const { return compared_; }

 private:
  void Add(Verdict v, const char* check, const std::string& subject, const std::string& attribute,
           const Group& claims, std::string message);
  void SameFigure(const std::string& subject, const std::string& attribute, const Group& group);
  void SameFigureConflict(const std::string& subject, const std::string& attribute, const Claim& a, const Claim& b);
  void InitialVsTotal(const std::string& subject, const Group& initial, const Group& total);
  void PartsVsTotal(const std::string& subject, const Group& each, const Group& total);
  void AnnualVsTotal(const std::string& subject, const Group& annual, const Group& total);
  void ListedPartsVsTotal(const std::string& subject, const Group& candidates, const Group& total);
  void Stakes(const std::string& subject, const Group& stakes, const Group& unread_holders);
  void Conversions();
  std::map<std::string, std::map<std::string, Group>> GroupBySubject() const;
  void FindShortNames();
  void FindRespelledNames();
  void FindPartnerVentures();
  std::unordered_map<std::string, std::vector<const Claim*>> TyingClaimsByHolder() const;
  void FindUnnamedStories();
  std::vector<const Claim*> StoryFigures() const;
  std::unordered_map<std::string, std::vector<const Claim*>> StakesBySubject() const;
  bool HoldsStakeIn(const Claim& stake, const std::vector<const Claim*>& stakes_of_subject) const;
  std::map<std::string, std::set<std::string>> NamedStories(
      const std::map<std::string, std::set<std::string>>& story_amounts,
      const std::map<std::string, std::set<std::string>>& docs_of, ArticleStories& stories);
  static std::optional<std::string> NamedVenture(const std::map<std::string, std::set<std::string>>& named);
  const std::string& SubjectOf(const Claim& c) const {
    if (!c.subject.empty()) return SameAs(c.subject);
    auto it = story_of_.find(c.id);
    static const std::string kNone;
    return it == story_of_.end() ? kNone : it->second;
  }
  const std::string& SameAs(const std::string& id) const {
    auto it = same_as_.find(id);
    return it == same_as_.end() ? id : it->second;
  }
  std::vector<std::string> VenturePartners(const std::string& venture) const;

  const std::vector<Claim>& claims_;
  const RuleSet& rules_;
  std::vector<Finding> findings_;
  std::set<std::string> compared_;
  std::map<std::string, std::string> same_as_;  // subject id -> the id of the same subject in other articles
  std::map<std::string, std::string> story_of_;  // claim id -> the unnamed story it is about
  std::set<std::string> stories_;                // the unnamed stories' ids
  std::map<std::string, std::string> named_story_;  // story -> the subject other articles name
};

void Reconciler::Add(Verdict v, const char* check, const std::string& subject, const std::string& attribute,
                     const Group& claims, std::string message) {
  Finding f;
  f.verdict = v;
  f.check = check;
  f.subject = subject;
  f.attribute = attribute;
  for (const Claim* c : claims) {
    f.claims.push_back(c->id);
    compared_.insert(c->id);
  }
  f.message = std::move(message);
  findings_.push_back(std::move(f));
}

// subject -> "kind|unit|family|class" -> claims, leaving out repeated
// statements, conversions and claims nothing can be said about.
std::map<std::string, std::map<std::string, Group>> Reconciler::GroupBySubject() const {
  std::map<std::string, std::map<std::string, Group>> out;
  for (const auto& c : claims_) {
    if (!MayBeCompared(c) || SubjectOf(c).empty()) continue;
    std::string key = fmt::format("{}|{}|{}|{}|{}", FigureKindName(c.kind), c.unit, AttributeFamily(c.attribute),
                                  QualifierClass(c), HoldersKey(c));
    out[SubjectOf(c)][key].push_back(&c);
  }
  // A money figure whose attribute is unknown joins its subject's investment
  // figures of the same unit and class when investment is the one attribute
  // there ("500 Milliarden" of a project). A percentage without one is no
  // stake ("shares closed 3.8 % higher"), and an unnamed figure of a company
  // is not its revenue because the article also states its revenue.
  for (auto& [subject, groups] : out) {
    std::vector<std::string> blank;
    for (const auto& [key, group] : groups) {
      size_t a = key.find('|', key.find('|') + 1);
      if (key.starts_with("money|") && key.compare(a, 2, "||") == 0) blank.push_back(key);
    }
    for (const auto& key : blank) {
      // key = kind|unit||class|holders: look for kind|unit|<family>|class|holders
      size_t a = key.find('|', key.find('|') + 1);
      std::string head = key.substr(0, a + 1), tail = key.substr(a + 1);
      tail = tail.substr(tail.find('|'));
      std::vector<std::string> matches;
      for (const auto& [other, group] : groups) {
        if (other != key && other.starts_with(head) && other.ends_with(tail)) matches.push_back(other);
      }
      if (matches.size() == 1 && matches.front().compare(head.size(), 11, "investment|") != 0) continue;
      if (matches.size() != 1) continue;
      auto& target = groups[matches.front()];
      target.insert(target.end(), groups[key].begin(), groups[key].end());
      groups.erase(key);
    }
    JoinRestatementsWithHolders(groups);
  }
  return out;
}

std::string CountSources(const std::vector<std::string>& keys) {
  size_t n = std::set<std::string>(keys.begin(), keys.end()).size();
  return fmt::format("{} independent source{}", n, n == 1 ? "" : "s");
}

// Clusters of mutually agreeing figures. A cluster far from the largest
// one, by more than kUnrelated and not by a scale factor, is about
// something else (a ticket price of €190 beside a budget of €1.2 billion)
// and left out.
std::vector<Group> Clusters(const Group& group) {
  std::vector<Group> clusters;
  std::vector<Group> figures;  // of each cluster, one claim per AgreeAlike figure
  for (const Claim* c : group) {
    auto it = std::find_if(figures.begin(), figures.end(), [&](const Group& g) {
      return std::all_of(g.begin(), g.end(), [&](const Claim* d) { return Agree(*c, *d); });
    });
    if (it == figures.end()) {
      clusters.push_back({c});
      figures.push_back({c});
      continue;
    }
    clusters[it - figures.begin()].push_back(c);
    if (std::none_of(it->begin(), it->end(), [&](const Claim* d) { return AgreeAlike(*c, *d); })) it->push_back(c);
  }
  auto main = std::max_element(clusters.begin(), clusters.end(),
                               [](const Group& a, const Group& b) { return a.size() < b.size(); });
  const Claim* reference = main->front();
  std::erase_if(clusters, [&](const Group& g) {
    double ratio = RatioOf(*g.front(), *reference);
    return ratio > kUnrelated && ScaleFactor(ratio) == 0;
  });
  return clusters;
}

// The articles a cluster's figures stand in, by year ("" for none): up to
// two each, all that AnyContradiction needs to know. A cluster of thousands
// of copies is then looked at once, not pair by pair.
using DocsByYear = std::map<std::string, std::vector<const std::string*>>;

DocsByYear DocsOf(const Group& cluster) {
  DocsByYear out;
  for (const Claim* c : cluster) {
    auto& docs = out[c->period];
    bool known = std::any_of(docs.begin(), docs.end(), [&](const std::string* d) { return *d == c->doc; });
    if (docs.size() < 2 && !known) docs.push_back(&c->doc);
  }
  return out;
}

// Whether some figure of one cluster may contradict some figure of another,
// given the articles each stands in (DocsOf). Figures contradict only across
// articles, and of one year or where either names none: within one article
// two amounts are two things the writer tells apart ("losses deepened to
// £51.6m from £1.2m", revenue and a debt target of one group), far more
// often than a slip.
bool AnyContradiction(const DocsByYear& a, const DocsByYear& b) {
  for (const auto& [year_a, in_a] : a) {
    for (const auto& [year_b, in_b] : b) {
      if (!year_a.empty() && !year_b.empty() && year_a != year_b) continue;
      if (in_a.size() > 1 || in_b.size() > 1 || *in_a.front() != *in_b.front()) return true;
    }
  }
  return false;
}

// The articles a group's figures stand in.
std::set<std::string_view> ArticlesOf(const Group& group) {
  std::set<std::string_view> docs;
  for (const Claim* c : group) docs.insert(c->doc);
  return docs;
}

// Whether one article states figures of both clusters (given the articles
// of the first): its writer tells the two amounts apart ("a loan of 600
// billion won" beside "2.1 trillion won" of investment), so other articles
// stating one or the other state two things, not one figure two ways.
bool OneArticleStatesBoth(const std::set<std::string_view>& articles_of_a, const Group& b) {
  return std::any_of(b.begin(), b.end(), [&](const Claim* c) { return articles_of_a.count(c->doc) > 0; });
}

// How far apart two figures' amounts are, as a same-figure check sees
// them: none where one is the other at the wrong scale, else the factor
// between them in orders of magnitude.
double AmountDistance(const Claim& a, const Claim& b) {
  double ratio = RatioOf(a, b);
  return ScaleFactor(ratio) != 0 ? 0 : std::log10(ratio);
}

// Whether cluster `other` is two things with cluster b (one article
// states both) and nearer to cluster a than b is: a then restates other,
// if anything, and is no account of b ("21亿韩元" of an investment
// against a batch's "2.1 trillion won" investment and "600 billion won"
// loan is compared with the investment alone).
bool NearerTwin(const Group& a, const Group& b, const std::set<std::string_view>& articles_of_b, const Group& other) {
  return &other != &a && &other != &b && OneArticleStatesBoth(articles_of_b, other) &&
         AmountDistance(*a.front(), *other.front()) < AmountDistance(*a.front(), *b.front());
}

// The first claim of each source in group (syndicated copies of one
// sentence are one source, as are a headline and body of one article), in
// order, at most limit of them.
Group FirstPerSource(const Group& group, size_t limit) {
  Group out;
  std::set<std::string> seen;
  for (const Claim* c : group) {
    if (out.size() == limit) break;
    bool same_article = std::any_of(out.begin(), out.end(), [&](const Claim* d) { return d->doc == c->doc; });
    if (!same_article && seen.insert(StatementKey(*c)).second) out.push_back(c);
  }
  return out;
}

void Reconciler::SameFigure(const std::string& subject, const std::string& attribute, const Group& all) {
  if (all.size() < 2) return;
  std::vector<Group> clusters = Clusters(all);
  // One conflict per pair of sources that disagree: a finding that also
  // held the figures agreeing with one side would read as if they
  // disagreed too. Each source of the smaller side meets a few of the
  // larger one; the rest of that side agree, as the finding below says.
  constexpr size_t kSourcesMet = 4;
  // (Each pair of clusters is asked; each cluster's articles are found once.)
  std::vector<DocsByYear> docs;
  std::vector<std::set<std::string_view>> articles;
  for (const auto& cluster : clusters) {
    docs.push_back(DocsOf(cluster));
    articles.push_back(ArticlesOf(cluster));
  }
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (size_t j = i + 1; j < clusters.size(); ++j) {
      if (!AnyContradiction(docs[i], docs[j]) || OneArticleStatesBoth(articles[i], clusters[j])) continue;
      bool twin = false;
      for (size_t k = 0; k < clusters.size() && !twin; ++k) {
        twin = NearerTwin(clusters[i], clusters[j], articles[j], clusters[k]) ||
               NearerTwin(clusters[j], clusters[i], articles[i], clusters[k]);
      }
      if (twin) continue;
      bool i_smaller = clusters[i].size() <= clusters[j].size();
      const Group& fewer = i_smaller ? clusters[i] : clusters[j];
      const Group& more = i_smaller ? clusters[j] : clusters[i];
      for (const Claim* a : FirstPerSource(fewer, fewer.size())) {
        for (const Claim* b : FirstPerSource(more, kSourcesMet)) SameFigureConflict(subject, attribute, *b, *a);
      }
    }
  }
  // Beside a conflict, the figures that do agree are said to: which amount
  // the other sources hold to is what a journalist checks first.
  for (const auto& cluster : clusters) {
    if (cluster.size() < 2) continue;
    std::vector<std::string> sources;
    for (const Claim* c : cluster) sources.push_back(StatementKey(*c));
    Add(Verdict::kConsistent, "same_figure", subject, attribute, cluster,
        fmt::format("{} figures agree on {} ({})", cluster.size(), Amount(*cluster.front()), CountSources(sources)));
  }
}

void Reconciler::SameFigureConflict(const std::string& subject, const std::string& attribute, const Claim& a,
                                    const Claim& b) {
  std::string message = fmt::format("figures differ: {} in {} vs {} in {}", Amount(a), Quote(a), Amount(b), Quote(b));
  if (double factor = ScaleFactor(RatioOf(a, b)))
    message += fmt::format("; a factor of {:.0f}: probable scale confusion (e.g. German \"Billion\" = 10^12)", factor);
  Add(Verdict::kConflict, "same_figure", subject, attribute, {&a, &b}, message);
}

enum class AtATie { kLarger, kSmaller };

// The cluster of agreeing figures that most sources state; at a tie, the
// larger or the smaller figures.
Group MostStated(const Group& group, AtATie tie = AtATie::kLarger) {
  std::vector<Group> clusters = Clusters(group);
  auto sources = [](const Group& g) {
    std::set<std::string> keys;
    for (const Claim* c : g) keys.insert(StatementKey(*c));
    return keys.size();
  };
  return *std::max_element(clusters.begin(), clusters.end(), [&](const Group& a, const Group& b) {
    size_t sa = sources(a), sb = sources(b);
    if (sa != sb) return sa < sb;
    bool a_lower = IntervalOf(*a.front()).lo < IntervalOf(*b.front()).lo;
    return tie == AtATie::kLarger ? a_lower : !a_lower;
  });
}

// The claim whose lowest possible value is the largest of the group.
const Claim* LargestLow(const Group& g) {
  return *std::max_element(g.begin(), g.end(),
                           [](const Claim* a, const Claim* b) { return IntervalOf(*a).lo < IntervalOf(*b).lo; });
}

// The claim whose highest possible value is the largest of the group.
const Claim* LargestHigh(const Group& g) {
  return *std::max_element(g.begin(), g.end(),
                           [](const Claim* a, const Claim* b) { return IntervalOf(*a).hi < IntervalOf(*b).hi; });
}

Group Join(const Group& a, const Group& b) {
  Group out = a;
  out.insert(out.end(), b.begin(), b.end());
  return out;
}

void Reconciler::InitialVsTotal(const std::string& subject, const Group& initial, const Group& total) {
  if (initial.empty() || total.empty()) return;
  // Against the largest total stated: totals that disagree are a
  // same_figure finding of their own, and a first step within one of them
  // is no second conflict. The message names the two figures compared.
  // Where the initial figures disagree (a same_figure conflict), the one
  // most sources state stands for them, the larger at a tie.
  Group firsts = MostStated(initial);
  const Claim* first = LargestLow(firsts);
  const Claim* whole = LargestHigh(total);
  Group wholes;
  for (const Claim* t : total) {
    if (Agree(*t, *whole)) wholes.push_back(t);
  }
  bool ok = IntervalOf(*first).lo <= IntervalOf(*whole).hi * (1 + kTolerance);
  Add(ok ? Verdict::kExplained : Verdict::kConflict, "initial_vs_total", subject, "", Join(firsts, wholes),
      fmt::format("initial {} {} total {}", Amount(*first), ok ? "<=" : "exceeds", Amount(*whole)));
}


// Restatements of one figure by the same holders ("$30bn each" in a
// headline and again in the body, "€25 billion a year" in three articles)
// are one statement: a finding weighs it once and names every restatement.
std::vector<Group> Statements(const Group& figures) {
  std::vector<Group> out;
  for (const Claim* c : figures) {
    auto same = std::find_if(out.begin(), out.end(), [&](const Group& g) {
      return HoldersKey(*g.front()) == HoldersKey(*c) && Agree(*g.front(), *c);
    });
    if (same == out.end()) out.push_back({c});
    else same->push_back(c);
  }
  return out;
}

// The parts a holders x each product can be formed of: amounts held by two
// or more holders each.
std::vector<Group> PartStatements(const Group& each) {
  Group parts;
  std::copy_if(each.begin(), each.end(), std::back_inserter(parts),
               [](const Claim* c) { return c->holders.size() >= 2 && c->value; });
  return Statements(parts);
}

const Horizon* FirstHorizon(const Group& statement) {
  for (const Claim* c : statement) {
    if (c->horizon && c->horizon->years > 0) return &*c->horizon;
  }
  return nullptr;
}

// The attribute family a statement's figures name, where one of them does.
std::string FamilyOf(const Group& statement) {
  for (const Claim* c : statement) {
    if (!c->attribute.empty()) return AttributeFamily(c->attribute);
  }
  return "";
}

void Reconciler::PartsVsTotal(const std::string& subject, const Group& each, const Group& total) {
  for (const Group& statement : PartStatements(each)) {
    const Claim* part = statement.front();
    // Compare with the totals that name all of the part's holders, if any do.
    Group covering;
    for (const Claim* t : total) {
      bool covers = std::all_of(part->holders.begin(), part->holders.end(), [&](const std::string& h) {
        return std::find(t->holders.begin(), t->holders.end(), h) != t->holders.end();
      });
      if (covers) covering.push_back(t);
    }
    auto sum = part->value->Mul(Decimal::FromInt(static_cast<long long>(part->holders.size())));
    if (!sum) continue;
    // A total far below the parts is about something else (a ticket price).
    Group against;
    for (const Claim* t : covering.empty() ? total : covering) {
      if (sum->ToDouble() <= IntervalOf(*t).hi * kUnrelated) against.push_back(t);
    }
    if (against.empty()) continue;
    // A total about the subject by name says more than one about its
    // partners' unnamed venture that was matched to it.
    std::stable_partition(against.begin(), against.end(), [&](const Claim* t) { return t->subject == subject; });
    const Claim* whole = against.front();
    double whole_value = IntervalOf(*whole).hi;
    bool ok = sum->ToDouble() <= whole_value * (1 + kTolerance);
    // A conflict names the part and the total it exceeds, not their
    // restatements; agreement names every article that states that total.
    Group agreeing;
    for (const Claim* t : total) {
      if (std::abs(IntervalOf(*t).hi - whole_value) <= whole_value * kTolerance) agreeing.push_back(t);
    }
    Add(ok ? Verdict::kConsistent : Verdict::kConflict, "parts_vs_total", subject, FamilyOf(statement),
        ok ? Join(statement, agreeing) : Group{part, whole},
        fmt::format("{} x {} = {} {} total {}", part->holders.size(), Amount(*part), sum->ToString(),
                    ok ? "<=" : "exceeds", Amount(*whole)));
  }
}

void Reconciler::AnnualVsTotal(const std::string& subject, const Group& annual, const Group& total) {
  for (const Group& wholes : Statements(total)) {
    struct Outcome {
      bool ok, short_of;
      Group claims;
      std::string message;
    };
    std::vector<Outcome> outcomes;
    for (const Group& years : Statements(annual)) {
      const Claim* year = years.front();
      const Claim* whole = wholes.front();
      const Horizon* h = FirstHorizon(years) ? FirstHorizon(years) : FirstHorizon(wholes);
      if (!h) continue;
      Interval per = IntervalOf(*year);
      Interval all = IntervalOf(*whole);
      int years_max = std::max(h->years, h->years_max);
      Interval spanned{per.lo * h->years, per.hi * years_max};
      // The yearly figure must reach the total, not merely stay under it:
      // 125 a year for 4 years does not explain a total of 5,000.
      bool within = spanned.lo <= all.hi * (1 + kApprox);
      bool reaches = spanned.hi >= all.lo * (1 - kApprox);
      bool ok = within && reaches;
      std::string product = spanned.lo == spanned.hi ? fmt::format("{:.0f}", spanned.lo)
                                                     : fmt::format("{:.0f}..{:.0f}", spanned.lo, spanned.hi);
      outcomes.push_back({ok, within && !reaches, Join(years, wholes),
                          fmt::format("{} a year x {} years = {} {} total {}", Amount(*year),
                                      years_max > h->years ? fmt::format("{}-{}", h->years, years_max)
                                                           : std::to_string(h->years),
                                      product, ok ? "fits" : (within ? "falls short of" : "exceeds"), Amount(*whole))});
    }
    // Where one yearly figure explains the total, a smaller one that falls
    // short of it is another budget line ("€300m a year for the plant" and
    // "€120m a year on research"), not a second account of the same money.
    bool explained = std::any_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.ok; });
    for (auto& o : outcomes) {
      if (explained && o.short_of) continue;
      Add(o.ok ? Verdict::kExplained : Verdict::kConflict, "annual_vs_total", subject, "", o.claims, o.message);
    }
  }
}

// How many holders the stakes of one subject's groups name.
size_t StakeHolders(const std::map<std::string, Group>& groups) {
  std::set<std::string> holders;
  for (const auto& [key, group] : groups) {
    for (const Claim* c : group) {
      if (c->kind == FigureKind::kPercent && c->attribute == "stake") holders.insert(c->holders.begin(), c->holders.end());
    }
  }
  return holders.size();
}

// Whom a stake belongs to: each holder for "je 40 %", but the holders
// together ("openai+softbank") for "halten zusammen 80 %".
std::vector<std::string> StakeOwners(const Claim& c) {
  if (c.holders.size() < 2 || c.HasQualifier("each")) return c.holders;
  std::vector<std::string> holders = c.holders;
  std::sort(holders.begin(), holders.end());
  std::string joint;
  for (const auto& h : holders) joint += (joint.empty() ? "" : "+") + h;
  return {joint};
}

// Whether one id is the other with words added: "hanjiang-cell" (汉江电芯)
// of "hanjiang-cell-technology".
bool ExtendsByWords(const std::string& shorter, const std::string& longer) {
  return longer.size() > shorter.size() && longer.starts_with(shorter) && longer[shorter.size()] == '-';
}

// Whether two holders' stakes read as one holder named two ways, in
// articles that never name both. Ids where one extends the other by whole
// words are one holder, whatever their stakes say (a different stake is
// then a conflict); ids that only begin alike ("Tai Fung Holdings" in
// English copy, "泰豐控股", taifeng-holdings, in Chinese) are where their
// stakes agree.
bool OneHolderNamedTwice(const std::string& a, const Group& as, const std::string& b, const Group& bs) {
  constexpr size_t kSamePrefix = 3;
  auto letters = [](std::string id) {
    std::erase(id, '-');
    return id;
  };
  bool extends = ExtendsByWords(a, b) || ExtendsByWords(b, a);
  std::string x = letters(a), y = letters(b);
  if (!extends && (x.size() < kSamePrefix || y.size() < kSamePrefix || x.compare(0, kSamePrefix, y, 0, kSamePrefix) != 0))
    return false;
  for (const Claim* c : as) {
    for (const Claim* d : bs) {
      if (c->doc == d->doc || (!extends && !Agree(*c, *d))) return false;
    }
  }
  return true;
}

// Holders named two ways join under the name seen first.
void JoinHoldersNamedTwice(std::map<std::string, Group>& by_holder) {
  for (auto a = by_holder.begin(); a != by_holder.end(); ++a) {
    for (auto b = std::next(a); b != by_holder.end();) {
      if (!OneHolderNamedTwice(a->first, a->second, b->first, b->second)) {
        ++b;
        continue;
      }
      a->second.insert(a->second.end(), b->second.begin(), b->second.end());
      b = by_holder.erase(b);
    }
  }
}

// "24.9%" where the article's holder went unread restates the one holder
// whose stake it equals ("Jinlü holds 24.9 %" elsewhere); equal to none, or
// to several, it says nothing of whose it is. (Each holder's stake is its
// first figure: the holder's own figures are weighed against each other
// after this.)
void JoinUnreadHolders(std::map<std::string, Group>& by_holder, const Group& unread) {
  for (const Claim* c : unread) {
    Group* same = nullptr;
    int matches = 0;
    for (auto& [holder, group] : by_holder) {
      if (!Agree(*c, *group.front())) continue;
      same = &group;
      ++matches;
    }
    if (matches == 1) same->push_back(c);
  }
}

void Reconciler::Stakes(const std::string& subject, const Group& stakes, const Group& unread_holders) {
  std::map<std::string, Group> by_holder;
  for (const Claim* c : stakes) {
    for (const auto& owner : StakeOwners(*c)) by_holder[owner].push_back(c);
  }
  if (by_holder.empty()) return;
  JoinHoldersNamedTwice(by_holder);
  JoinUnreadHolders(by_holder, unread_holders);
  double sum = 0;
  std::string parts;
  Group all, first_each;
  for (const auto& [holder, group] : by_holder) {
    // Where a holder's figures disagree, the sum takes the one most
    // sources state (the smaller at a tie, so that the disagreement alone
    // does not push the sum over 100 %); the others conflict with it.
    const Claim* stated = MostStated(group, AtATie::kSmaller).front();
    for (const Claim* c : group) {
      if (!Agree(*stated, *c)) {
        Add(Verdict::kConflict, "stakes", subject, "stake", {stated, c},
            fmt::format("{} holds {} in {} but {} in {}", holder, Amount(*stated), Quote(*stated), Amount(*c),
                        Quote(*c)));
      }
    }
    sum += IntervalOf(*stated).lo;
    parts += fmt::format("{}{} {}", parts.empty() ? "" : " + ", holder, Amount(*stated));
    first_each.push_back(stated);
    for (const Claim* c : group) {
      if (Agree(*stated, *c) && std::find(all.begin(), all.end(), c) == all.end()) all.push_back(c);
    }
  }
  bool ok = sum <= 100 * (1 + kTolerance);
  // A sum over 100 % names one figure per holder: the restatements agree
  // and are no part of the conflict.
  Add(ok ? Verdict::kConsistent : Verdict::kConflict, "stakes", subject, "stake", ok ? all : first_each,
      fmt::format("stakes {} = {:g} % {} 100 %", parts, sum, ok ? "<=" : "exceed"));
}

double Rate(const Claim& from, const Claim& to) {
  double a = StatedAmount(from), b = StatedAmount(to);
  return a > 0 ? b / a : 0;
}

// How far a stated amount may be from what it rounds, as a share of it:
// half a unit of its last digit that is not zero ("275 milliards" holds
// anything from 274.5 to 275.5 billion: 0.18 %). 0 for a range.
double RoundingShare(const Claim& c) {
  if (!c.value) return 0;
  std::string digits = c.value->ToString();
  if (digits.starts_with('-')) digits.erase(0, 1);
  double unit = 1;
  if (size_t point = digits.find('.'); point != std::string::npos) {
    unit = std::pow(10.0, -static_cast<double>(digits.size() - point - 1));
  } else {
    size_t last = digits.find_last_not_of('0');
    if (last != std::string::npos) unit = std::pow(10.0, static_cast<double>(digits.size() - last - 1));
  }
  double amount = std::fabs(c.value->ToDouble());
  return amount > 0 ? unit / 2 / amount : 0;
}

// The conversions of a batch, by currency pair ("USD/EUR").
using ConversionPairs = std::map<std::string, std::vector<std::pair<const Claim*, const Claim*>>>;

ConversionPairs CollectConversions(const std::vector<Claim>& claims) {
  ConversionPairs by_pair;
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : claims) by_id[c.id] = &c;
  for (const auto& c : claims) {
    if (!IsConversion(c)) continue;
    auto from = by_id.find(c.converts);
    if (from == by_id.end() || from->second->unit.empty() || c.unit.empty()) continue;
    by_pair[from->second->unit + "/" + c.unit].emplace_back(from->second, &c);
  }
  return by_pair;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

using Band = std::pair<double, double>;

// The plausible band of "A/B" (units of B for one A): as listed in the
// rules, else the inverse of "B/A", else the cross of "USD/A" and "USD/B"
// ("AUD/EUR" from the dollar bands of both).
std::optional<Band> FxBand(const std::map<std::string, Band>& bands, const std::string& pair) {
  if (auto it = bands.find(pair); it != bands.end()) return it->second;
  size_t slash = pair.find('/');
  std::string from = pair.substr(0, slash), to = pair.substr(slash + 1);
  if (auto it = bands.find(to + "/" + from); it != bands.end()) return Band{1 / it->second.second, 1 / it->second.first};
  auto per_usd = [&](const std::string& code) -> std::optional<Band> {
    if (code == "USD") return Band{1, 1};
    if (auto it = bands.find("USD/" + code); it != bands.end()) return it->second;
    return std::nullopt;
  };
  auto a = per_usd(from), b = per_usd(to);
  if (!a || !b) return std::nullopt;
  return Band{b->first / a->second, b->second / a->first};
}

// Each conversion whose rate leaves the plausible band, or strays from the
// median of three or more pairs, is a conflict of its own, so that the
// report points at the one that is off ("2 Milliarden Dollar (17 Milliarden
// Euro)"); the rest agree with each other or conflict together.
void Reconciler::Conversions() {
  for (const auto& [pair, conversions] : CollectConversions(claims_)) {
    std::optional<Band> band = FxBand(rules_.fx_bands, pair);
    std::string plausible = band ? fmt::format(" (plausible {:.4g}..{:.4g})", band->first, band->second) : "";
    std::vector<double> rates;
    for (const auto& [from, to] : conversions) rates.push_back(Rate(*from, *to));
    double median = Median(rates);
    Group agreeing;
    std::vector<double> agreeing_rates;
    for (size_t k = 0; k < conversions.size(); ++k) {
      const auto& [from, to] = conversions[k];
      double r = rates[k];
      // A pegged currency's band is narrow: "environ 275 milliards de francs
      // CFA" for 420 million euros is 655.957 rounded, not off the peg.
      double slack = RoundingShare(*from) + RoundingShare(*to);
      bool outside = band && (r * (1 + slack) < band->first || r * (1 - slack) > band->second);
      bool stray = rates.size() >= 3 && std::fabs(r / median - 1) > kRateSpread;
      if (!outside && !stray) {
        agreeing.insert(agreeing.end(), {from, to});
        agreeing_rates.push_back(r);
        continue;
      }
      std::string why = outside ? "outside the plausible band" + plausible : "";
      if (stray) why += fmt::format("{}{:.2g}x the median {:.4g} of the batch", why.empty() ? "" : "; ", r / median, median);
      Add(Verdict::kConflict, "conversion", "", "", {from, to},
          fmt::format("implied {} rate {:.4g} in {}: {}", pair, r, Quote(*to), why));
    }
    if (agreeing.empty()) continue;
    // With three or more, each rate left is within the spread of the median
    // (strays were reported above); two rates have no median and must agree
    // with each other.
    auto [lo, hi] = std::minmax_element(agreeing_rates.begin(), agreeing_rates.end());
    bool ok = rates.size() >= 3 || *hi <= *lo * (1 + kRateSpread);
    std::string shown;
    for (double r : agreeing_rates) shown += fmt::format("{}{:.4g}", shown.empty() ? "" : ", ", r);
    Add(ok ? Verdict::kConsistent : Verdict::kConflict, "conversion", "", "", agreeing,
        fmt::format("implied {} rates {}{}{}", pair, shown, plausible, ok ? "" : "; the rates disagree with each other"));
  }
}

// Parts listed one holder at a time ("Qasr contributes $1 billion, Telvanta
// $1.5 billion and Sahra Energy $500 million, for a total of $3 billion")
// add up to at most the total. Each holder counts once; a holder whose
// figures disagree is the same_figure check's business, and sits out.
void Reconciler::ListedPartsVsTotal(const std::string& subject, const Group& candidates, const Group& total) {
  if (total.empty()) return;
  std::map<std::string, const Claim*> part_of;
  std::set<std::string> disagreeing;
  // A figure that restates the total with its backer named ("Valmont will
  // build a $12bn fab") was joined to the total and is no part of it.
  std::set<const Claim*> in_total(total.begin(), total.end());
  for (const Claim* c : candidates) {
    if (c->holders.size() != 1 || c->HasQualifier("total") || !c->value || in_total.count(c)) continue;
    const std::string& holder = SameAs(c->holders.front());
    auto [it, first] = part_of.emplace(holder, c);
    if (!first && !Agree(*it->second, *c)) disagreeing.insert(holder);
  }
  for (const auto& h : disagreeing) part_of.erase(h);
  if (part_of.size() < 2) return;
  Group parts;
  Decimal sum = Decimal::FromInt(0);
  std::string terms;
  for (const auto& [holder, c] : part_of) {
    auto next = sum.Add(*c->value);
    if (!next) return;
    sum = *next;
    parts.push_back(c);
    terms += fmt::format("{}{} {}", terms.empty() ? "" : " + ", holder, c->value->ToString());
  }
  // The smallest total is the one the parts must fit, and the one shown.
  const Claim* whole = *std::min_element(total.begin(), total.end(), [](const Claim* a, const Claim* b) {
    return IntervalOf(*a).hi < IntervalOf(*b).hi;
  });
  bool ok = sum.ToDouble() <= IntervalOf(*whole).hi * (1 + kTolerance);
  Add(ok ? Verdict::kConsistent : Verdict::kConflict, "parts_vs_total", subject, AttributeFamily(parts.front()->attribute),
      ok ? Join(parts, total) : Join(parts, {whole}),
      fmt::format("parts {} = {} {} {} total {}", terms, sum.ToString(), parts.front()->unit, ok ? "<=" : "exceeds",
                  Amount(*whole)));
}

// Guessed names differ in length between articles: "the Tethys Hydrogen
// Corridor" in one, "das Projekt Tethys" in another. A guessed id that
// extends another by whole words ("tethys-hydrogen" of "tethys") is the same
// subject, when only one shorter id fits. Words put before a name
// ("Celulose Jatobá", "Jatobá") join it only where one article writes both
// and nothing else ends in the shorter id: "leeds-united" and
// "manchester-united" are not "united".
void Reconciler::FindShortNames() {
  std::map<std::string, std::set<std::string>> docs_of;  // guessed id -> the articles naming it
  for (const auto& c : claims_) {
    if (NamesGuessedSubject(c)) docs_of[c.subject].insert(c.doc);
  }
  auto together = [&](const std::string& a, const std::string& b) {
    const std::set<std::string>& b_docs = docs_of[b];
    return std::any_of(docs_of[a].begin(), docs_of[a].end(), [&](const std::string& d) { return b_docs.count(d); });
  };
  std::map<std::string, std::vector<std::string>> ends_in;  // id -> the longer ids ending in it
  for (const auto& [id, docs] : docs_of) {
    for (size_t dash = id.find('-'); dash != std::string::npos; dash = id.find('-', dash + 1)) {
      if (docs_of.count(id.substr(dash + 1))) ends_in[id.substr(dash + 1)].push_back(id);
    }
  }
  for (const auto& [id, docs] : docs_of) {
    std::vector<std::string> shorter;
    for (size_t dash = id.find('-'); dash != std::string::npos; dash = id.find('-', dash + 1)) {
      if (docs_of.count(id.substr(0, dash))) shorter.push_back(id.substr(0, dash));
      std::string rest = id.substr(dash + 1);
      if (docs_of.count(rest) && ends_in[rest].size() == 1 && ends_in.count(id) == 0 && together(id, rest))
        shorter.push_back(rest);
    }
    if (shorter.size() == 1) same_as_[id] = shorter.front();
  }
}

// Chinese copy spells a foreign company's brand as the pinyin of its Han
// name ("海松造船" -> "haisong-shipbuilding"), other copy as the company
// does ("Haesong Shipbuilding"). Two guessed ids that differ only in their
// first word, that no article names together, are one subject where their
// figures share two amounts, one of them money, as a story's articles do;
// the id more articles use stands for both. Where three ids share the rest,
// which two are one is unclear, and none is joined.
void Reconciler::FindRespelledNames() {
  std::map<std::string, std::set<std::string>> docs_of, amounts_of;  // guessed id -> its articles, its amounts
  for (const auto& c : claims_) {
    if (NamesGuessedSubject(c)) docs_of[SameAs(c.subject)].insert(c.doc);
  }
  // Its amounts are those of every figure about it, also where the subject
  // came from the context ("450億韓元" a government gives the yard).
  for (const auto& c : claims_) {
    if (c.subject.empty() || !MayBeCompared(c)) continue;
    const std::string& id = SameAs(c.subject);
    if (docs_of.count(id)) amounts_of[id].insert(StoryAmount(c));
  }
  std::map<std::string, std::vector<std::string>> by_rest;  // "-shipbuilding" -> ids
  for (const auto& [id, docs] : docs_of) {
    size_t dash = id.find('-');
    if (dash != std::string::npos && dash > 0 && id.find('+') == std::string::npos) by_rest[id.substr(dash)].push_back(id);
  }
  for (const auto& [rest, ids] : by_rest) {
    if (ids.size() != 2) continue;
    const std::set<std::string>& a_docs = docs_of[ids[0]];
    const std::set<std::string>& b_docs = docs_of[ids[1]];
    bool together = std::any_of(a_docs.begin(), a_docs.end(), [&](const std::string& d) { return b_docs.count(d); });
    if (together) continue;
    std::set<std::string> shared;
    std::set_intersection(amounts_of[ids[0]].begin(), amounts_of[ids[0]].end(), amounts_of[ids[1]].begin(),
                          amounts_of[ids[1]].end(), std::inserter(shared, shared.end()));
    if (!TellsOneStory(shared)) continue;
    bool first_wider = a_docs.size() > b_docs.size() || (a_docs.size() == b_docs.size() && ids[0] < ids[1]);
    same_as_[first_wider ? ids[1] : ids[0]] = first_wider ? ids[0] : ids[1];
  }
}

// The partners of a venture id ("haldrup-chemie+ganli"), each as other
// articles name it ("haldrup"), sorted and once each.
std::vector<std::string> Reconciler::VenturePartners(const std::string& venture) const {
  std::vector<std::string> partners;
  for (size_t from = 0, plus; from <= venture.size(); from = plus + 1) {
    plus = std::min(venture.find('+', from), venture.size());
    partners.push_back(SameAs(venture.substr(from, plus - from)));
  }
  std::sort(partners.begin(), partners.end());
  partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
  return partners;
}

// An article that never names what two partners build together calls it
// by the partners ("morgental-pharma+tai-fung"); another names it
// ("harbourgate"). The partners' venture is the subject whose stakes one
// of them holds, or whose money two of them hold, when only one such
// subject is in the batch, or when most partners are tied to it.
// The claims that may tie a venture's partners to the name of what they
// run: a stake a partner holds, or money two partners give. Indexed by each
// partner they name, so that a venture looks only at its partners' claims
// (over all claims for each venture, an archive's many ventures made this
// quadratic).
std::unordered_map<std::string, std::vector<const Claim*>> Reconciler::TyingClaimsByHolder() const {
  std::unordered_map<std::string, std::vector<const Claim*>> by_holder;
  for (const auto& c : claims_) {
    if (c.subject.empty() || c.subject.find('+') != std::string::npos) continue;
    bool may_tie = (c.kind == FigureKind::kPercent && c.attribute == "stake") ||
                   (c.kind == FigureKind::kMoney && c.holders.size() >= 2);
    if (!may_tie) continue;
    std::set<std::string> named;
    for (const auto& h : c.holders) {
      if (named.insert(SameAs(h)).second) by_holder[SameAs(h)].push_back(&c);
    }
  }
  return by_holder;
}

void Reconciler::FindPartnerVentures() {
  // Venture ids by their partners: English copy names "Haldrup Chemie"
  // where German copy says "Haldrup", and both mean one venture.
  std::map<std::vector<std::string>, std::set<std::string>> ventures;
  std::map<std::string, std::set<std::string>> docs_of;  // venture id -> the documents with claims about it
  for (const auto& c : claims_) {
    if (c.subject.find('+') == std::string::npos) continue;
    ventures[VenturePartners(c.subject)].insert(c.subject);
    docs_of[c.subject].insert(c.doc);
  }
  if (ventures.empty()) return;
  const auto by_holder = TyingClaimsByHolder();
  for (const auto& [partners, ids] : ventures) {
    auto partner = [&](const std::string& id) {
      return std::binary_search(partners.begin(), partners.end(), SameAs(id));
    };
    // An article that calls the venture by its partners names none of its
    // subjects so: "Peru's Cerro Anco mine" there is another.
    std::set<std::string> unnamed_in;
    for (const auto& id : ids) unnamed_in.insert(docs_of[id].begin(), docs_of[id].end());
    std::set<const Claim*> candidates;
    for (const auto& p : partners) {
      if (auto it = by_holder.find(p); it != by_holder.end()) candidates.insert(it->second.begin(), it->second.end());
    }
    std::map<std::string, std::set<std::string>> named;  // subject -> the partners tied to it
    for (const Claim* c : candidates) {
      if (unnamed_in.count(c->doc) || partner(c->subject)) continue;
      bool stake = c->kind == FigureKind::kPercent && c->attribute == "stake";
      // (Two of three partners: another article lists only the leaders.)
      bool joint = c->kind == FigureKind::kMoney && std::count_if(c->holders.begin(), c->holders.end(), partner) >= 2;
      if (!stake && !joint) continue;
      auto& tied = named[SubjectOf(*c)];
      for (const auto& h : c->holders)
        if (partner(h)) tied.insert(SameAs(h));
    }
    std::string same = NamedVenture(named).value_or(*ids.begin());
    for (const auto& id : ids) {
      if (id != same) same_as_[id] = same;
    }
  }
}

// An article that describes its story's project or deal without naming it
// ("a toll motorway in southern Chile", "the new terminal", "该码头") leaves
// the figures about it without subject. Articles tell one such story when
// their figures without subject state at least two same amounts, one of
// them money (a total and its first phase, a price and a stake): those
// figures are then about one unnamed subject. One amount in common is a
// coincidence in an archive of unrelated articles ("€1 billion", "51 %"),
// as are stakes alone. An article joins the story of several articles when
// they together share two such amounts with it.
//
// An article that states two near amounts of money of one kind ("1000万元
// to 2000万元", a loan of "1.5億歐元" beside another) is about two things,
// and which of them is the story's is unknown: neither joins a story nor is
// compared. (Stakes are many holders' shares of one thing.)
// One far from the other ("150亿元" of a project, "1.2万亿元" of a national
// programme) is told apart as the same figure check tells it apart.
// The figures without subject that may be about their article's unnamed
// story. An article that states two near amounts of money of one kind
// ("1000万元 to 2000万元", a loan of "1.5億歐元" beside another) is about two
// things, and which of them is the story's is unknown: neither is one.
// (Stakes are many holders' shares of one thing.) One far from the other
// ("150亿元" of a project, "1.2万亿元" of a national programme) is told apart
// as the same figure check tells it apart.
std::vector<const Claim*> Reconciler::StoryFigures() const {
  auto kind_of = [](const Claim& c) {
    return fmt::format("{}|{}|{}|{}|{}", c.doc, FigureKindName(c.kind), c.unit, c.attribute, QualifierClass(c));
  };
  std::vector<const Claim*> unnamed;
  std::map<std::string, std::vector<double>> amounts_by_kind;  // "doc|kind|unit|attribute|class" -> amounts
  for (const auto& c : claims_) {
    if (!c.subject.empty() || !MayBeCompared(c)) continue;
    unnamed.push_back(&c);
    amounts_by_kind[kind_of(c)].push_back(StatedAmount(c));
  }
  std::erase_if(unnamed, [&](const Claim* c) {
    if (c->kind == FigureKind::kPercent) return false;
    double x = StatedAmount(*c);
    const auto& others = amounts_by_kind[kind_of(*c)];
    return std::any_of(others.begin(), others.end(), [&](double y) {
      double ratio = std::max(x, y) / std::min(x, y);
      return std::fabs(ratio - 1) > kTolerance && ratio <= kUnrelated;
    });
  });
  return unnamed;
}

// An article that describes its story's project or deal without naming it
// ("a toll motorway in southern Chile", "the new terminal", "该码头") leaves
// the figures about it without subject. Articles tell one such story when
// their figures without subject state at least two same amounts, one of
// them money (a total and its first phase, a price and a stake): those
// figures are then about one unnamed subject. One amount in common is a
// coincidence in an archive of unrelated articles ("€1 billion", "51 %"),
// as are stakes alone. An article joins the story of several articles when
// they together share two such amounts with it.
void Reconciler::FindUnnamedStories() {
  std::vector<const Claim*> unnamed = StoryFigures();
  // The amounts and the articles stating them.
  std::map<std::string, std::set<std::string>> docs_of;
  std::map<std::string, std::set<std::string>> amounts_of;
  for (const Claim* c : unnamed) {
    std::string amount = StoryAmount(*c);
    docs_of[amount].insert(c->doc);
    amounts_of[c->doc].insert(amount);
  }
  ArticleStories stories(docs_of);
  std::map<std::string, std::set<std::string>> story_amounts;
  for (const auto& [doc, amounts] : amounts_of) story_amounts[stories.StoryOf(doc)].insert(amounts.begin(), amounts.end());
  std::map<std::string, std::set<std::string>> named_amounts = NamedStories(story_amounts, docs_of, stories);
  // Each story of two or more articles, named in the order of its first figure.
  std::map<std::string, size_t> articles;
  for (const auto& [doc, amounts] : amounts_of) ++articles[stories.StoryOf(doc)];
  std::map<std::string, std::string> name_of;
  const auto stakes_by_subject = named_amounts.empty() ? decltype(StakesBySubject()){} : StakesBySubject();
  static const std::vector<const Claim*> kNoStakes;
  for (const Claim* c : unnamed) {
    const std::string& story = stories.StoryOf(c->doc);
    if (auto named = named_amounts.find(story); named != named_amounts.end()) {
      const std::string& subject = named_story_[story];
      auto stakes = stakes_by_subject.find(subject);
      if (articles[story] >= 2 || named->second.count(StoryAmount(*c)) ||
          HoldsStakeIn(*c, stakes == stakes_by_subject.end() ? kNoStakes : stakes->second))
        story_of_[c->id] = subject;
      continue;
    }
    if (articles[story] < 2) continue;
    auto [name, fresh] = name_of.try_emplace(story, "");
    if (fresh) name->second = fmt::format("unnamed-story-{}", name_of.size());
    story_of_[c->id] = name->second;
    stories_.insert(name->second);
  }
}

// Whether a stake's holder holds a stake in subject in another article
// (one holder named two ways, as the stakes check reads them: "天枢卫星"'s
// 45 % of the constellation an article never names is a stake in the
// Skylace that English copy says Tianshu Satellite Communications takes
// 40 % of).
bool Reconciler::HoldsStakeIn(const Claim& stake, const std::vector<const Claim*>& stakes_of_subject) const {
  if (stake.kind != FigureKind::kPercent || stake.attribute != "stake" || stake.holders.empty()) return false;
  auto one_holder = [](const std::string& a, const std::string& b) {
    return a == b || ExtendsByWords(a, b) || ExtendsByWords(b, a);
  };
  return std::any_of(stakes_of_subject.begin(), stakes_of_subject.end(), [&](const Claim* c) {
    if (c->doc == stake.doc) return false;
    return std::any_of(c->holders.begin(), c->holders.end(), [&](const std::string& h) {
      return std::any_of(stake.holders.begin(), stake.holders.end(),
                         [&](const std::string& g) { return one_holder(SameAs(h), SameAs(g)); });
    });
  });
}

// The stakes with holders of each subject, read once for all the figures
// HoldsStakeIn weighs (a pass over all claims for each was quadratic).
std::unordered_map<std::string, std::vector<const Claim*>> Reconciler::StakesBySubject() const {
  std::unordered_map<std::string, std::vector<const Claim*>> out;
  for (const auto& c : claims_) {
    if (c.kind == FigureKind::kPercent && c.attribute == "stake" && !c.holders.empty() && !c.subject.empty())
      out[SubjectOf(c)].push_back(&c);
  }
  return out;
}

// A story whose figures state two amounts (one of them money) that other
// articles state of one subject they name, and of no other, is that
// subject: "a toll motorway in southern Chile" of de is the "Ruta Austral"
// of en where both state its price and a stake in it. An article alone
// that meets a named subject so tells of it the amounts it shares: its
// other figures without subject may be about a rival's project. Fills
// named_story_; returns, by story so named, the amounts it shares.
std::map<std::string, std::set<std::string>> Reconciler::NamedStories(
    const std::map<std::string, std::set<std::string>>& story_amounts,
    const std::map<std::string, std::set<std::string>>& docs_of, ArticleStories& stories) {
  std::map<std::string, std::set<std::pair<std::string, std::string>>> named_of;  // amount -> (subject, doc)
  for (const auto& c : claims_) {
    if (c.subject.empty() || !MayBeCompared(c)) continue;
    std::string amount = StoryAmount(c);
    if (docs_of.count(amount)) named_of[amount].insert({SubjectOf(c), c.doc});
  }
  std::map<std::string, std::set<std::string>> named_amounts;
  for (const auto& [story, amounts] : story_amounts) {
    std::map<std::string, std::set<std::string>> shared;  // subject -> amounts
    for (const auto& amount : amounts) {
      auto it = named_of.find(amount);
      if (it == named_of.end() || it->second.size() > kCommonAmount) continue;
      for (const auto& [subject, doc] : it->second) {
        if (stories.StoryOf(doc) != story) shared[subject].insert(amount);
      }
    }
    std::vector<std::string> fits;
    for (const auto& [subject, common] : shared) {
      if (TellsOneStory(common)) fits.push_back(subject);
    }
    if (fits.size() != 1) continue;
    named_story_[story] = fits.front();
    named_amounts[story] = shared[fits.front()];
  }
  return named_amounts;
}

// The one subject the partners are tied to, or, among several (a partner
// also holds 51% of a plant in Mexico), the one most of them are tied to,
// when at least two are.
std::optional<std::string> Reconciler::NamedVenture(const std::map<std::string, std::set<std::string>>& named) {
  if (named.size() == 1) return named.begin()->first;
  std::optional<std::string> best;
  size_t most = 1, ties = 0;
  for (const auto& [subject, partners] : named) {
    if (partners.size() > most) {
      best = subject, most = partners.size(), ties = 0;
    } else if (partners.size() == most) {
      ++ties;
    }
  }
  return ties == 0 ? best : std::nullopt;
}

std::vector<Finding> Reconciler::Run() {
  FindShortNames();
  FindRespelledNames();
  FindPartnerVentures();
  FindUnnamedStories();
  for (const auto& [subject, groups] : GroupBySubject()) {
    // "purse|holders|class" -> claims, where the purse is unit and attribute
    // family ("USD:investment"): a yearly investment never explains a total
    // revenue. Holders "*": any.
    std::map<std::string, Group> money_by_class;
    Group stakes, unread_stakes;
    size_t stake_holders = StakeHolders(groups);
    for (const auto& [key, group] : groups) {
      const Claim& first = *group.front();
      bool stake = first.kind == FigureKind::kPercent && first.attribute == "stake";
      Group with_holders, plain;
      for (const Claim* c : group) (stake && !c->holders.empty() ? with_holders : plain).push_back(c);
      stakes.insert(stakes.end(), with_holders.begin(), with_holders.end());
      // Stakes whose holder went unread are no one figure where the
      // subject's other stakes name several holders: "55 %" and "10 %" of
      // one venture are two partners' stakes, not two accounts of one; nor
      // where one article states two of them ("持有该工厂80%股权，…持股20%"),
      // nor in an unnamed story, whose articles each name one stake
      // ("9.9 %" taken by the buyer, "8.5 %" a fund keeps).
      bool unnamed_story = stories_.count(subject) > 0;
      if (stake && (stake_holders >= 2 || OneArticleDiffers(plain) || (unnamed_story && !AllAgree(plain)))) {
        unread_stakes.insert(unread_stakes.end(), plain.begin(), plain.end());
        plain.clear();
      }
      // What someone unread puts in ("Il apportera 95 millions", "Die Stadt
      // trägt 120 Millionen bei") may be any party's part: parts that
      // agree confirm each other, parts that differ are no one figure.
      bool part = first.kind == FigureKind::kMoney && QualifierClass(first) == "part";
      if (part && first.holders.empty() && !AllAgree(plain)) plain.clear();
      SameFigure(subject, AttributeFamily(first.attribute), plain);
      if (first.kind == FigureKind::kMoney) {
        std::string purse = Purse(first);
        std::string owner = purse + "|" + HoldersKey(first);
        auto& g = money_by_class[owner + "|" + QualifierClass(first)];
        g.insert(g.end(), group.begin(), group.end());
        auto& all_totals = money_by_class[purse + "|*|total"];
        if (QualifierClass(first) == "total") all_totals.insert(all_totals.end(), group.begin(), group.end());
        // What parts listed one holder at a time add up to: a total no one
        // holds alone ("the partners will build a 12 billion yuan park").
        auto& shared_totals = money_by_class[purse + "|*|shared total"];
        if (QualifierClass(first) == "total" && first.holders.size() != 1)
          shared_totals.insert(shared_totals.end(), group.begin(), group.end());
        auto& all_parts = money_by_class[purse + "|*|part"];
        if (QualifierClass(first) == "part") all_parts.insert(all_parts.end(), group.begin(), group.end());
      }
    }
    Stakes(subject, stakes, unread_stakes);
    std::set<std::string> owners;  // "purse|holders"
    for (const auto& [k, g] : money_by_class) owners.insert(k.substr(0, k.rfind('|')));
    // What buyers put in adds up to the price they pay where nothing is
    // said to be invested in all: "Laurentia will put up 1.7 billion euros
    // and Helmsau 1.5 billion" of "a deal worth 2.9 billion euros".
    auto totals_of = [&](const std::string& purse, const char* which) -> const Group& {
      const Group& own = money_by_class[purse + "|*|" + which];
      if (!own.empty() || !purse.ends_with(":investment")) return own;
      return money_by_class[purse.substr(0, purse.find(':')) + ":price|*|" + which];
    };
    for (const auto& owner : owners) {
      std::string purse = owner.substr(0, owner.find('|'));
      if (owner.ends_with("|*")) {
        ListedPartsVsTotal(subject, Join(money_by_class[owner + "|part"], money_by_class[owner + "|total"]),
                           totals_of(purse, "shared total"));
        continue;
      }
      const Group& total = money_by_class[owner + "|total"];
      InitialVsTotal(subject, money_by_class[owner + "|initial"], total);
      AnnualVsTotal(subject, money_by_class[owner + "|annual"], total);
      // Parts may add up to any total of the subject that names their holders.
      PartsVsTotal(subject, money_by_class[owner + "|each"], totals_of(purse, "total"));
    }
  }
  Conversions();
  for (size_t i = 0; i < findings_.size(); ++i) findings_[i].id = fmt::format("F{}", i + 1);
  return std::move(findings_);
}

}  // namespace

bool MayBeCompared(const Claim& c) {
  if (c.kind == FigureKind::kDate || !c.statement.empty()) return false;
  if (c.subject.empty() && !MeasuresADeal(c)) return false;
  if (!SaysWhatItMeasures(c)) return false;
  if (!c.value && !(c.low && c.high)) return false;
  // A conversion restates its source figure; the conversion check weighs
  // it, and as a figure of its own it would be compared twice.
  return c.converts.empty();
}

bool IsConversion(const Claim& c) { return !c.converts.empty() && c.statement.empty(); }

bool NamesGuessedSubject(const Claim& c) { return c.subject_source == "heuristic"; }

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kConsistent: return "consistent";
    case Verdict::kExplained: return "explained";
    case Verdict::kConflict: return "conflict";
  }
  return "?";
}

ReconcileResult Reconcile(std::vector<Claim> claims, const RuleSet& rules, const std::vector<std::string>& documents) {
  std::set<std::string> docs(documents.begin(), documents.end());
  for (const auto& c : claims) docs.insert(c.doc);
  ClaimCounts counts{docs.size(), claims.size()};
  return ReconcileKept(std::move(claims), rules, counts);
}

ReconcileResult ReconcileKept(std::vector<Claim> kept, const RuleSet& rules, const ClaimCounts& counts) {
  ReconcileResult result;
  result.claims = std::move(kept);
  Reconciler reconciler(result.claims, rules);
  result.findings = reconciler.Run();
  std::set<std::string> sources;
  for (const auto& c : result.claims) {
    if (reconciler.compared().count(c.id)) sources.insert(StatementKey(c));
  }
  result.summary.documents = counts.documents;
  result.summary.claims = counts.claims;
  result.summary.compared = reconciler.compared().size();
  result.summary.sources = sources.size();
  for (const char* v : {"consistent", "explained", "conflict"}) result.summary.findings_by_verdict[v] = 0;
  for (const auto& f : result.findings) ++result.summary.findings_by_verdict[VerdictName(f.verdict)];
  return result;
}

}  // namespace claimcheck
