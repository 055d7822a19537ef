package uk.imap.sharing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.sharing.RequestNotice;

/**
 * Mails an agency's shared mailbox through the server's mail session once a request to it is stored or becomes
 * overdue (R15). Mail leaves the secure system, so it says only that there is work and where: the request number,
 * the enquiry reference and the due time, never a name or any content. A failed send is logged; the request stands
 * and stays on the agency's list.
 */
@ApplicationScoped
public class AgencyMailbox {

    private static final Logger LOG = Logger.getLogger(AgencyMailbox.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

    @Resource(lookup = "java:jboss/mail/imap")
    Session mail;

    void tell(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNotice notice) {
        if (notice.mailbox() == null) {
            LOG.warning(() -> "No shared mailbox for agency " + notice.agency() + "; request " + notice.requestId()
                    + " is on its list only");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.mailbox()));
            message.setSubject(subject(notice), "UTF-8");
            message.setText(body(notice), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not mail agency " + notice.agency() + " about request " + notice.requestId()
                    + ": " + e.getMessage());
        }
    }

    static String subject(RequestNotice notice) {
        return switch (notice.kind()) {
            case SENT -> "IMAP information request " + notice.requestId() + " (" + notice.enquiryReference() + ")";
            case OVERDUE -> "OVERDUE: IMAP information request " + notice.requestId() + " ("
                    + notice.enquiryReference() + ")";
        };
    }

    static String body(RequestNotice notice) {
        String due = notice.dueAt().atZoneSameInstant(WorkingCalendar.HUB_ZONE).format(WHEN);
        String opening = switch (notice.kind()) {
            case SENT -> "The IMAP hub has sent your agency an information request.";
            case OVERDUE -> "An information request to your agency is overdue: it was due on " + due + ".";
        };
        return opening + "\n\nRequest: " + notice.requestId() + "\nEnquiry: " + notice.enquiryReference()
                + "\nDue: " + due + " (UK time)\n\nSign in to IMAP to read and answer it. For the people's safety this"
                + " message holds no names or details.\n";
    }
}
