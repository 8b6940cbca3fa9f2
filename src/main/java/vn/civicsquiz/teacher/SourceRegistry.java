package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Which source articles exist, for "a question's source reference must be real": active source_document rows. */
@ApplicationScoped
public class SourceRegistry {

    private final EntityManager em;

    public SourceRegistry(EntityManager em) {
        this.em = em;
    }

    /** Every active source's id: few, read once by a check of many questions. */
    public java.util.Set<String> active() {
        @SuppressWarnings("unchecked")
        java.util.List<String> ids = em.createNativeQuery("select id from source_document where status = 'active'")
                .getResultList();
        return java.util.Set.copyOf(ids);
    }

    public boolean exists(String sourceId) {
        if (sourceId == null) {
            return false;
        }
        return (Boolean) em.createNativeQuery(
                        "select exists (select 1 from source_document where id = :id and status = 'active')")
                .setParameter("id", sourceId)
                .getSingleResult();
    }
}
