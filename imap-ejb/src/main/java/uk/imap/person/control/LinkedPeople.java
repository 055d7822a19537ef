package uk.imap.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/** R28: the records practitioners linked at intake as one person, for the person's page and subject access. */
@ApplicationScoped
public class LinkedPeople {

    static final int LINK_ROUNDS = 5;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /**
     * Everyone the practitioners linked as the same person as {@code id}, in either direction and through earlier
     * links (a child linked to one linked to a third). A few rounds reach every link intake can make.
     */
    public Set<Long> of(long id) {
        Set<Long> people = new HashSet<>(Set.of(id));
        for (int round = 0; round < LINK_ROUNDS; round++) {
            Set<Long> more = new HashSet<>(people);
            for (Object[] link : em.createQuery("SELECT s.id, s.linkedSubjectId FROM Subject s"
                    + " WHERE s.id IN :people OR s.linkedSubjectId IN :people", Object[].class)
                    .setParameter("people", people).getResultList()) {
                more.add((Long) link[0]);
                if (link[1] != null) {
                    more.add((Long) link[1]);
                }
            }
            if (more.equals(people)) {
                break;
            }
            people = more;
        }
        return people;
    }
}
