package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Which source articles exist, for "a question's source reference must be real". The articles are the
 * {@code source_document} rows the content loader keeps; without that table no reference can be real.
 */
@ApplicationScoped
public class SourceRegistry {

    private final EntityManager em;

    public SourceRegistry(EntityManager em) {
        this.em = em;
    }

    public boolean exists(String sourceId) {
        if (sourceId == null || !DatabaseTables.exists(em, "source_document")) {
            return false;
        }
        return (Boolean) em.createNativeQuery(
                        "select exists (select 1 from source_document where id = :id and status = 'active')")
                .setParameter("id", sourceId)
                .getSingleResult();
    }
}
