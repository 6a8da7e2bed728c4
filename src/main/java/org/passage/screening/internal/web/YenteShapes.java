package org.passage.screening.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The response bodies of yente 5 ({@code yente/data/common.py}), field for field, so a yente client reads Passage's
 * answers unchanged. Timestamps are ISO seconds without a zone, as yente writes them. Passage adds {@code features}
 * (each feature's weight, yente 4's shape); clients ignore fields they do not know. What each feature means is
 * in {@code /algorithms}.
 */
final class YenteShapes {

    private YenteShapes() {
    }

    /** yente's {@code EntityResponse}: a listed entity. */
    record EntityResponse(String id, String caption, String schema, Map<String, List<String>> properties, List<String> datasets,
                          List<String> referents, boolean target, @JsonProperty("first_seen") String firstSeen,
                          @JsonProperty("last_seen") String lastSeen, @JsonProperty("last_change") String lastChange) {
    }

    /** yente's {@code ScoredEntityResponse}: a listed entity with its score against one query. */
    record ScoredEntityResponse(String id, String caption, String schema, Map<String, List<String>> properties,
                                List<String> datasets, List<String> referents, boolean target,
                                @JsonProperty("first_seen") String firstSeen, @JsonProperty("last_seen") String lastSeen,
                                @JsonProperty("last_change") String lastChange, double score, boolean match,
                                Map<String, FeatureResult> explanations, Map<String, Double> features) {
    }

    /**
     * nomenklatura's {@code FeatureResult} as yente 5 returns it: one feature's subscore and why; {@code query} and
     * {@code candidate} name the values compared where nomenklatura knows them (Passage does not single them out: null).
     */
    record FeatureResult(double score, String detail, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String query,
                         @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String candidate) {
        FeatureResult(double score, String detail) {
            this(score, detail, null, null);
        }
    }

    /** yente's {@code TotalSpec}. */
    record TotalSpec(int value, String relation) {
        static TotalSpec of(int value) {
            return new TotalSpec(value, "eq");
        }
    }

    /** yente's {@code EntityExample}: the query as understood (countries as codes, dates as ISO prefixes). */
    record EntityExample(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String id, String schema,
                         Map<String, List<String>> properties) {
    }

    /**
     * yente's {@code EntityMatches}: one query's answer. {@code not_checked} (Passage's own, absent when empty) names
     * the query's names Passage could not read; the status is then 422, so that a client reading only yente's fields
     * does not take the answer for "no match".
     */
    record EntityMatches(int status, List<ScoredEntityResponse> results, TotalSpec total, EntityExample query,
                         @JsonProperty("not_checked") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notChecked) {
    }

    /** yente's {@code EntityMatchResponse}. */
    record EntityMatchResponse(Map<String, EntityMatches> responses, int limit) {
    }

    /** A feature as {@code /algorithms} and {@code matcher} describe it. */
    record FeatureDoc(String description, double coefficient, @Nullable String url) {
    }

    /** yente's {@code SearchFacetItem} and {@code SearchFacet}. */
    record SearchFacet(String label, List<FacetItem> values) {
    }

    record FacetItem(String name, String label, int count) {
    }

    /** yente's {@code SearchResponse}. */
    record SearchResponse(int limit, int offset, TotalSpec total, List<EntityResponse> results, Map<String, SearchFacet> facets) {
    }

    /** yente's {@code StatusResponse}, for {@code /healthz} and {@code /readyz}. */
    record StatusResponse(String status) {
    }

    /** yente's {@code YenteDatasetModel} as {@code /catalog} lists it: a Passage list, or a source dataset within one. */
    record DatasetModel(String name, String title, @Nullable String version, @JsonProperty("index_version") @Nullable String indexVersion,
                        @JsonProperty("index_current") boolean indexCurrent, boolean load, @JsonProperty("updated_at") @Nullable String updatedAt,
                        @JsonProperty("entity_count") long entityCount, List<String> children) {
    }

    /** yente's {@code DataCatalogModel}. */
    record CatalogResponse(List<DatasetModel> datasets, List<String> current, List<String> outdated,
                           @JsonProperty("index_stale") boolean indexStale) {
    }

    /** yente's {@code Algorithm}: {@code docs} holds the description, the features and the config parameters it takes. */
    record Algorithm(String name, String description, Map<String, FeatureDoc> features, AlgorithmDocs docs) {
    }

    record AlgorithmDocs(String name, String description, Map<String, FeatureDoc> features, Map<String, Object> config) {
    }

    /** yente's {@code AlgorithmResponse}. */
    record AlgorithmResponse(List<Algorithm> algorithms, @JsonProperty("default") String defaultAlgorithm, String best) {
    }
}
