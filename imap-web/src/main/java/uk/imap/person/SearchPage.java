package uk.imap.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** Backs search.xhtml: what the search box in every hub page's header found (R28). */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    HubSearch search;

    private String q;
    private SearchResults results;
    private String problem;

    public void load() {
        if (q == null) {
            return;
        }
        try {
            results = search.find(q);
        } catch (InvalidInput invalid) {
            problem = invalid.problems().stream().map(FieldProblem::message).findFirst().orElse(invalid.getMessage());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public SearchResults getResults() {
        return results;
    }

    /** Why the search could not run, in words to act on; null when it ran. */
    public String getProblem() {
        return problem;
    }
}
