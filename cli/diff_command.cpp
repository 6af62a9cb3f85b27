// actorgraph diff A B: what changed between the graphs of two article sets.
//
// Each side is a graph file or corpus inputs. `diff A B` takes one path per side; a side made
// of several paths is given with repeatable --a PATH / --b PATH, and positional paths fill the
// sides that have no --a/--b, A first: `diff --a jan/ --a feb/ march.graphml` is unambiguous.

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/graph_output.h"
#include "cli/terminal.h"
#include "extract/error.h"
#include "graph/graph_diff.h"
#include "graph/graph_io.h"

namespace actorgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct DiffArgs {
  std::vector<std::string> sides;  // positional
  std::vector<std::string> a;
  std::vector<std::string> b;
  bool json = false;
  std::size_t limit = 50;
  GraphOutputArgs output;
};

// Splits the arguments into the two sides, or throws UsageError saying what is missing.
std::pair<std::vector<std::string>, std::vector<std::string>> Sides(const DiffArgs& args) {
  std::vector<std::string> a = args.a, b = args.b;
  std::size_t open = (a.empty() ? 1 : 0) + (b.empty() ? 1 : 0);
  if (args.sides.size() != open) {
    throw UsageError(
        "diff needs exactly two sides: got " + std::to_string(args.sides.size()) +
            " positional path(s) for " + std::to_string(open) + " side(s) without --a/--b",
        {},
        "use `diff A B` with one path each, or --a PATH / --b PATH (repeatable) for sides "
        "of several paths");
  }
  std::size_t next = 0;
  if (a.empty()) a.push_back(args.sides[next++]);
  if (b.empty()) b.push_back(args.sides[next++]);
  return {a, b};
}

std::string Describe(const std::vector<std::string>& paths) {
  std::string text;
  for (const std::string& p : paths) text += (text.empty() ? "" : " ") + p;
  return text;
}

Json ActorJson(const ActorNode& node) { return Json{{"id", node.id}, {"label", node.label}}; }

Json EvidenceJson(const RelationEdge& edge) {
  Json list = Json::array();
  for (const Evidence& e : edge.evidence) {
    list.push_back(
        Json{{"doc", e.doc}, {"sentence", e.sentence}, {"date", e.date}, {"text", e.text}});
  }
  return list;
}

Json EdgeJson(const ActorGraph& graph, const RelationEdge& edge) {
  return Json{{"source", ActorJson(graph.node(edge.source))},
              {"target", ActorJson(graph.node(edge.target))},
              {"type", edge.type},
              {"weight", edge.weight},
              {"first_date", edge.first_date},
              {"last_date", edge.last_date},
              {"evidence", EvidenceJson(edge)}};
}

// A relation in both graphs: the ends as B names them, the support on each side.
Json ChangedJson(const ActorGraph& b, const RelationEdge& ea, const RelationEdge& eb) {
  return Json{{"source", ActorJson(b.node(eb.source))},
              {"target", ActorJson(b.node(eb.target))},
              {"type", eb.type},
              {"weight_a", ea.weight},
              {"weight_b", eb.weight},
              {"first_date_a", ea.first_date},
              {"last_date_a", ea.last_date},
              {"first_date_b", eb.first_date},
              {"last_date_b", eb.last_date},
              {"evidence_a", EvidenceJson(ea)},
              {"evidence_b", EvidenceJson(eb)}};
}

Json SummaryJson(const ActorGraph& a, const ActorGraph& b, const GraphDiff& diff) {
  Json by_type = Json::object();
  for (const auto& [type, s] : diff.by_type) {
    by_type[type] =
        Json{{"added", s.added},         {"removed", s.removed},   {"changed", s.changed},
             {"unchanged", s.unchanged}, {"weight_a", s.weight_a}, {"weight_b", s.weight_b}};
  }
  return Json{{"a", Json{{"actors", a.nodes().size()}, {"relations", a.edges().size()}}},
              {"b", Json{{"actors", b.nodes().size()}, {"relations", b.edges().size()}}},
              {"actors", Json{{"added", diff.added_nodes.size()},
                              {"removed", diff.removed_nodes.size()},
                              {"common", diff.common_nodes}}},
              {"relations", Json{{"added", diff.added_edges.size()},
                                 {"removed", diff.removed_edges.size()},
                                 {"changed", diff.changed_edges.size()},
                                 {"unchanged", diff.unchanged_edges}}},
              {"by_type", std::move(by_type)}};
}

// Streams the JSON document one item at a time: a diff of two large graphs never holds the
// whole document in memory.
void WriteDiffJson(const ActorGraph& a, const ActorGraph& b, const GraphDiff& diff,
                   std::ostream& out) {
  auto list = [&](const char* name, std::size_t count, auto&& item, bool last) {
    out << "    \"" << name << "\": [";
    for (std::size_t i = 0; i < count; ++i) out << (i ? ",\n      " : "\n      ") << item(i).dump();
    out << (count ? "\n    ]" : "]") << (last ? "\n" : ",\n");
  };
  std::string summary = SummaryJson(a, b, diff).dump(2);
  for (std::size_t at = summary.find('\n'); at != std::string::npos;
       at = summary.find('\n', at + 3)) {
    summary.insert(at + 1, "  ");
  }
  out << "{\n  \"summary\": " << summary << ",\n  \"nodes\": {\n";
  list(
      "added", diff.added_nodes.size(),
      [&](std::size_t i) { return ActorJson(b.node(diff.added_nodes[i])); }, false);
  list(
      "removed", diff.removed_nodes.size(),
      [&](std::size_t i) { return ActorJson(a.node(diff.removed_nodes[i])); }, true);
  out << "  },\n  \"edges\": {\n";
  list(
      "added", diff.added_edges.size(),
      [&](std::size_t i) { return EdgeJson(b, b.edge(diff.added_edges[i])); }, false);
  list(
      "removed", diff.removed_edges.size(),
      [&](std::size_t i) { return EdgeJson(a, a.edge(diff.removed_edges[i])); }, false);
  list(
      "changed", diff.changed_edges.size(),
      [&](std::size_t i) {
        auto [ia, ib] = diff.changed_edges[i];
        return ChangedJson(b, a.edge(ia), b.edge(ib));
      },
      true);
  out << "  }\n}\n";
}

class DiffPrinter {
 public:
  DiffPrinter(const ActorGraph& a, const ActorGraph& b, std::set<std::string> symmetric,
              std::size_t limit, std::ostream& out)
      : a_(a),
        b_(b),
        symmetric_(std::move(symmetric)),
        limit_(limit),
        out_(out),
        style_(StdoutWantsColor()) {}

  void Print(const GraphDiff& diff, const std::string& name_a, const std::string& name_b) {
    out_ << style_.Bold("A") << ": " << name_a << " (" << a_.nodes().size() << " actors, "
         << a_.edges().size() << " relations)\n"
         << style_.Bold("B") << ": " << name_b << " (" << b_.nodes().size() << " actors, "
         << b_.edges().size() << " relations)\n";
    if (diff.empty()) {
      out_ << "\nNo differences.\n";
      return;
    }
    out_ << '\n'
         << style_.Bold("Actors") << ": " << style_.Green("+" + Count(diff.added_nodes.size()))
         << ' ' << style_.Red("-" + Count(diff.removed_nodes.size())) << "  (" << diff.common_nodes
         << " in both)\n";
    Limited(diff.added_nodes.size(), [&](std::size_t i) {
      out_ << style_.Green("  + " + Actor(b_.node(diff.added_nodes[i]))) << '\n';
    });
    Limited(diff.removed_nodes.size(), [&](std::size_t i) {
      out_ << style_.Red("  - " + Actor(a_.node(diff.removed_nodes[i]))) << '\n';
    });

    out_ << '\n'
         << style_.Bold("Relations") << ": " << style_.Green("+" + Count(diff.added_edges.size()))
         << ' ' << style_.Red("-" + Count(diff.removed_edges.size())) << ' '
         << style_.Yellow("~" + Count(diff.changed_edges.size())) << "  (" << diff.unchanged_edges
         << " unchanged)\n";
    Limited(diff.added_edges.size(), [&](std::size_t i) {
      const RelationEdge& e = b_.edge(diff.added_edges[i]);
      out_ << style_.Green("  + " + Relation(b_, e)) << "  " << Support(e) << '\n';
      PrintEvidence("B", e);
    });
    Limited(diff.removed_edges.size(), [&](std::size_t i) {
      const RelationEdge& e = a_.edge(diff.removed_edges[i]);
      out_ << style_.Red("  - " + Relation(a_, e)) << "  " << Support(e) << '\n';
      PrintEvidence("A", e);
    });
    Limited(diff.changed_edges.size(), [&](std::size_t i) {
      const RelationEdge& ea = a_.edge(diff.changed_edges[i].first);
      const RelationEdge& eb = b_.edge(diff.changed_edges[i].second);
      out_ << style_.Yellow("  ~ " + Relation(b_, eb)) << "  " << Support(ea) << " -> "
           << Support(eb) << '\n';
      PrintEvidence("A", ea);
      PrintEvidence("B", eb);
    });

    out_ << '\n' << style_.Bold("By type") << '\n';
    for (const auto& [type, s] : diff.by_type) {
      char line[160];
      std::snprintf(line, sizeof line, "  %-16s +%-6zu -%-6zu ~%-6zu =%-6zu sentences %lld -> %lld",
                    type.c_str(), s.added, s.removed, s.changed, s.unchanged,
                    static_cast<long long>(s.weight_a), static_cast<long long>(s.weight_b));
      out_ << line << '\n';
    }
  }

 private:
  static std::string Count(std::size_t n) { return std::to_string(n); }
  static std::string Actor(const ActorNode& n) {
    return n.label.empty() || n.label == n.id ? n.id : n.label + " (" + n.id + ")";
  }
  std::string Relation(const ActorGraph& g, const RelationEdge& e) const {
    return g.node(e.source).label + " " +
           RelationArrow(e.type, /*forward=*/true, symmetric_.contains(std::string(e.type))) + " " +
           g.node(e.target).label;
  }
  std::string Support(const RelationEdge& e) const {
    const std::string first(e.first_date), last(e.last_date);
    const std::string span = first.empty()   ? "undated"
                             : first == last ? first
                                             : first + ".." + last;
    return style_.Dim("weight " + std::to_string(e.weight) + ", " + span);
  }
  void PrintEvidence(const char* side, const RelationEdge& e) {
    if (e.evidence.empty()) return;
    const Evidence& ev = e.evidence.front();
    out_ << "      " << side << ": \"" << ev.text << "\" "
         << style_.Dim("-- " + std::string(ev.doc) +
                       (ev.date.empty() ? "" : ", " + std::string(ev.date)))
         << '\n';
  }
  // Prints the first `limit_` items (all when 0) and says how many were left out.
  template <typename PrintItem>
  void Limited(std::size_t count, PrintItem&& item) {
    std::size_t shown = limit_ == 0 ? count : std::min(count, limit_);
    for (std::size_t i = 0; i < shown; ++i) item(i);
    if (shown < count) {
      out_ << style_.Dim("    ... and " + std::to_string(count - shown) +
                         " more (--limit 0 shows all, --json lists all)")
           << '\n';
    }
  }

  const ActorGraph& a_;
  const ActorGraph& b_;
  std::set<std::string> symmetric_;
  std::size_t limit_;
  std::ostream& out_;
  TerminalStyle style_;
};

// The status of every node and edge of the union ("added", "removed", "changed",
// "unchanged") as a "status" attribute, and its colour (graph/graph_diff.h).
GraphDecoration StatusDecoration(const DiffUnion& both) {
  GraphDecoration decoration;
  auto describe = [](const std::vector<DiffStatus>& statuses, std::vector<std::string>& names,
                     std::vector<std::string>& colors) {
    names.reserve(statuses.size());
    colors.reserve(statuses.size());
    for (DiffStatus status : statuses) {
      names.emplace_back(DiffStatusName(status));
      colors.emplace_back(DiffStatusColor(status));
    }
  };
  auto& node_status = decoration.node_attributes.emplace_back("status", std::vector<std::string>());
  describe(both.node_status, node_status.second, decoration.node_colors);
  auto& edge_status = decoration.edge_attributes.emplace_back("status", std::vector<std::string>());
  describe(both.edge_status, edge_status.second, decoration.edge_colors);
  return decoration;
}

int RunDiff(const DiffArgs& args, const GlobalOptions& global) {
  auto [paths_a, paths_b] = Sides(args);
  std::optional<GraphFormat> format;
  if (!args.output.path.empty()) format = ResolveOutputFormat(args.output);

  int code_a = kExitOk, code_b = kExitOk;
  ActorGraph a = LoadGraphArgument(paths_a, global, &code_a);
  ActorGraph b = LoadGraphArgument(paths_b, global, &code_b);
  const GraphDiff diff = DiffGraphs(a, b);

  if (format) {
    // The union of A and B, every node and edge with its status as an attribute and a colour,
    // so that Gephi (or NetworkX) shows what changed.
    DiffUnion both = UnionForDiff(a, b);
    WriteGraph(both.graph, *format, args.output.path, StatusDecoration(both));
  }
  if (args.json) {
    WriteDiffJson(a, b, diff, std::cout);
  } else {
    DiffPrinter(a, b, LoadSchema(global)->SymmetricTypes(), args.limit, std::cout)
        .Print(diff, Describe(paths_a), Describe(paths_b));
  }
  return std::max(code_a, code_b);
}

}  // namespace

void SetUpDiffCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  auto args = std::make_shared<DiffArgs>();
  app.add_option("sides", args->sides,
                 "A B: one graph file or corpus path per side (sides given with --a/--b are "
                 "skipped)")
      ->expected(0, 2);
  // One path per --a/--b, so that `--a x y` leaves y to the positional sides.
  app.add_option("--a", args->a, "A path of side A (repeatable: a side of several paths)")
      ->allow_extra_args(false);
  app.add_option("--b", args->b, "A path of side B (repeatable)")->allow_extra_args(false);
  app.add_flag("--json", args->json,
               "Print {summary, nodes: {added, removed}, edges: {added, removed, changed}}; "
               "added = in B only");
  app.add_option("--limit", args->limit,
                 "Items listed per section in the text output (default 50; 0 = all)");
  AddGraphOutputOptions(app, args->output, /*required=*/false);
  app.footer(
      "Actors are matched by id, relations by (source, type, target). 'Added' is in B only,\n"
      "'removed' in A only, 'changed' in both with another weight or date span.\n"
      "Examples: actorgraph diff january.graphml february.graphml\n"
      "          actorgraph diff --a articles/2021 --a extra.txt articles/2022\n\n" +
      app.get_footer());
  app.callback(
      [&body, &global, args] { body = [&global, args] { return RunDiff(*args, global); }; });
}

}  // namespace actorgraph::cli
