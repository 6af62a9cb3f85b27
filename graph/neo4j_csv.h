#pragma once
// CSV for Neo4j's bulk importer. From the directory holding the two files:
//
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
//   --multiline-fields=true neo4j      (one command line)
//
// (--multiline-fields because evidence sentences may contain newlines; "neo4j" is the target
// database, which must be stopped/empty.) nodes.csv: id:ID, :LABEL ("Actor" plus the actor type,
// e.g. "Actor;PERSON"), label, country, sector, wikidata, mentions:long, first_seen,
// last_seen. relationships.csv: :START_ID, :END_ID, :TYPE (the relation type), id, weight:int,
// first_date, last_date, docs and evidence (graph/list_codec.h), evidence_total:int,
// negated:boolean, family, color. Strings are always quoted, quotes doubled (RFC 4180).

#include <ostream>

#include "graph/actor_graph.h"

namespace actorgraph {

// Writes nodes.csv. Deterministic: the same graph gives the same bytes.
void WriteNeo4jNodes(const ActorGraph& graph, std::ostream& out);
// Writes relationships.csv. Deterministic: the same graph gives the same bytes.
void WriteNeo4jRelationships(const ActorGraph& graph, std::ostream& out);

}  // namespace actorgraph
