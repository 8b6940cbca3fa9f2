package vn.civicsquiz.teacher;

import jakarta.persistence.EntityManager;

/** Whether a table of another feature's schema is present in this database. */
final class DatabaseTables {

    private DatabaseTables() {
    }

    static boolean exists(EntityManager em, String table) {
        return (Boolean) em.createNativeQuery("select to_regclass(:name) is not null")
                .setParameter("name", "public." + table)
                .getSingleResult();
    }
}
