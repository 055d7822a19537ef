package uk.imap.enquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.imap.access.SignedInUser;

/** Backs team.xhtml: the manager's view of each team they manage, per worker (R29). */
@Named
@RequestScoped
public class TeamPage {

    @Inject
    Workloads workloads;

    @Inject
    SignedInUser signedIn;

    private List<TeamWorkload> teams;

    public List<TeamWorkload> getTeams() {
        if (teams == null) {
            teams = signedIn.getMember().teams().stream().sorted().map(workloads::of).toList();
        }
        return teams;
    }

    public EnquiryStatus[] getStatuses() {
        return EnquiryStatus.values();
    }
}
