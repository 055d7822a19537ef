package uk.imap.referral.control;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.referral.ReferrerTold;

/**
 * R32: tells a professional who referred online what the hub decided, once the decision has committed, as hubs
 * that feed back do. Mail leaves the secure system, so it says the reference and the outcome in plain words: no
 * name, no detail of the case. A failed send is logged; the decision stands.
 */
@ApplicationScoped
public class ReferrerMailbox {

    private static final Logger LOG = Logger.getLogger(ReferrerMailbox.class.getName());

    @Resource(lookup = "java:jboss/mail/imap")
    Session mail;

    void tell(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferrerTold decided) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(decided.referrerEmail()));
            message.setSubject("Your referral " + decided.reference() + ": the hub has decided", "UTF-8");
            message.setText(body(decided), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not tell the referrer of " + decided.reference() + " the outcome: "
                    + e.getMessage());
        }
    }

    static String body(ReferrerTold decided) {
        return "Thank you for your referral to the Integrated Multi Agency Partnership hub.\n\n"
                + "Reference: " + decided.reference() + "\n"
                + "What the hub decided: " + decided.outcome().toldToReferrer() + "\n\n"
                + "For the family's privacy this message holds no names or details. If you are still worried about the"
                + " child, or something has changed, contact the hub and quote the reference. If a child is in"
                + " immediate danger, call 999.\n";
    }
}
