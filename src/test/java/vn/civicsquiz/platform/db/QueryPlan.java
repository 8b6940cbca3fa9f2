package vn.civicsquiz.platform.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL plan read from {@code EXPLAIN (FORMAT JSON)}: its nodes with their type, relation, index and
 * row counts. Tests assert the plan's shape with it (node types, index names), never the text of a condition,
 * whose wording changes between server versions.
 */
public record QueryPlan(List<Node> nodes) {

    public record Node(String type, String relation, String index, String indexCondition, long actualRows,
                       long actualLoops, boolean executed) {

        /** Rows this node returned over all its loops. */
        public long rowsOverAllLoops() {
            return actualRows * actualLoops;
        }

        public boolean isIndexScan() {
            return type.equals("Index Scan") || type.equals("Index Only Scan") || type.equals("Bitmap Index Scan");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses the single JSON value that {@code EXPLAIN (FORMAT JSON, ...)} returns. */
    public static QueryPlan parse(String explainJson) {
        try {
            JsonNode root = JSON.readTree(explainJson);
            List<Node> nodes = new ArrayList<>();
            collect(root.get(0).get("Plan"), nodes);
            return new QueryPlan(List.copyOf(nodes));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an EXPLAIN (FORMAT JSON) result: " + explainJson, e);
        }
    }

    private static void collect(JsonNode plan, List<Node> into) {
        long loops = plan.path("Actual Loops").asLong(1);
        into.add(new Node(plan.path("Node Type").asText(), plan.path("Relation Name").asText(null),
                plan.path("Index Name").asText(null), plan.path("Index Cond").asText(null),
                plan.path("Actual Rows").asLong(0), loops, !plan.has("Actual Loops") || loops > 0));
        for (JsonNode child : plan.path("Plans")) {
            collect(child, into);
        }
    }

    public boolean has(String nodeType) {
        return nodes.stream().anyMatch(n -> n.type().equals(nodeType));
    }

    public boolean scansSequentially(String relation) {
        return nodes.stream().anyMatch(n -> n.type().equals("Seq Scan") && relation.equals(n.relation()));
    }

    public List<Node> using(String index) {
        return nodes.stream().filter(n -> index.equals(n.index())).toList();
    }

    public Optional<Node> first(String nodeType) {
        return nodes.stream().filter(n -> n.type().equals(nodeType)).findFirst();
    }

    /** True when any node sorts (a Sort or Incremental Sort). */
    public boolean sorts() {
        return has("Sort") || has("Incremental Sort");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            out.append(n.type()).append(n.relation() == null ? "" : " on " + n.relation())
                    .append(n.index() == null ? "" : " using " + n.index())
                    .append(" rows=").append(n.actualRows()).append(" loops=").append(n.actualLoops()).append('\n');
        }
        return out.toString();
    }
}
