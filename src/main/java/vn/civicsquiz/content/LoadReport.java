package vn.civicsquiz.content;

/** What one load of the shipped content changed in the database. */
public record LoadReport(int sourcesInserted, int sourcesUpdated, int sourcesRetired, int factsInserted,
                         int factsUpdated, int factsRetired, int factsUnchanged) {

    public boolean changedNothing() {
        return sourcesInserted + sourcesUpdated + sourcesRetired + factsInserted + factsUpdated + factsRetired == 0;
    }
}
