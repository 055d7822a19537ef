package uk.imap.consent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** A consent decision as typed on the enquiry page or sent to the API (API.md "Consent decision"). */
public class ConsentInput implements Serializable {

    private String kind;
    private String givenBy;
    private InformedOfInput informedOf = new InformedOfInput();
    private String statement;
    private List<String> grounds = new ArrayList<>();
    private List<String> factors = new ArrayList<>();
    private String justification;
    private String service;
    private String agreedBy;
    private String capacityAssessment;
    private String capacityNotes;

    /** GRANTED: what the person was told. */
    public static class InformedOfInput implements Serializable {
        private boolean why;
        private boolean what;
        private boolean how;
        private boolean withWhom;

        public boolean isWhy() {
            return why;
        }

        public void setWhy(boolean why) {
            this.why = why;
        }

        public boolean isWhat() {
            return what;
        }

        public void setWhat(boolean what) {
            this.what = what;
        }

        public boolean isHow() {
            return how;
        }

        public void setHow(boolean how) {
            this.how = how;
        }

        public boolean isWithWhom() {
            return withWhom;
        }

        public void setWithWhom(boolean withWhom) {
            this.withWhom = withWhom;
        }
    }

    /**
     * The decision these fields describe.
     *
     * @throws InvalidInput naming each field whose text is not a code of its list
     */
    public ConsentDetails toDetails() {
        List<FieldProblem> problems = new ArrayList<>();
        ConsentKind parsedKind = Codes.parse(ConsentKind.class, kind, "kind", problems);
        Set<ConsentGround> parsedGrounds = EnumSet.noneOf(ConsentGround.class);
        for (String ground : grounds == null ? List.<String>of() : grounds) {
            ConsentGround parsed = Codes.parse(ConsentGround.class, ground, "grounds", problems);
            if (parsed != null) {
                parsedGrounds.add(parsed);
            }
        }
        Set<ConsentFactor> parsedFactors = EnumSet.noneOf(ConsentFactor.class);
        for (String factor : factors == null ? List.<String>of() : factors) {
            ConsentFactor parsed = Codes.parse(ConsentFactor.class, factor, "factors", problems);
            if (parsed != null) {
                parsedFactors.add(parsed);
            }
        }
        Capacity capacity = Codes.parse(Capacity.class, capacityAssessment, "capacityAssessment", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        InformedOfInput told = informedOf == null ? new InformedOfInput() : informedOf;
        return new ConsentDetails(parsedKind, givenBy, told.why, told.what, told.how, told.withWhom, statement,
                parsedGrounds, parsedFactors, justification, service, agreedBy, capacity, capacityNotes);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public InformedOfInput getInformedOf() {
        return informedOf;
    }

    public void setInformedOf(InformedOfInput informedOf) {
        this.informedOf = informedOf;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<String> getGrounds() {
        return grounds;
    }

    public void setGrounds(List<String> grounds) {
        this.grounds = grounds;
    }

    public List<String> getFactors() {
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public String getCapacityAssessment() {
        return capacityAssessment;
    }

    public void setCapacityAssessment(String capacityAssessment) {
        this.capacityAssessment = capacityAssessment;
    }

    public String getCapacityNotes() {
        return capacityNotes;
    }

    public void setCapacityNotes(String capacityNotes) {
        this.capacityNotes = capacityNotes;
    }
}
