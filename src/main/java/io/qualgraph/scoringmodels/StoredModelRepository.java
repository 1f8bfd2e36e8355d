package io.qualgraph.scoringmodels;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** The stored scoring-model versions (derived finders; reads run in read-only transactions). */
interface StoredModelRepository extends Neo4jRepository<StoredModel, String> {

    /** Every version, oldest first. */
    List<StoredModel> findAllByOrderByCreatedAtAscVersionAsc();
}
