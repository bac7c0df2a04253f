package dev.practice2fa.notification.message;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence our messages say, in Australian English; {@code messages/msg_fr.properties}
 * says them in French. Templates use them as {@code {msg:name(args)}} and pick the language from
 * the template instance's locale. No sentence carries a secret other than the code itself.
 */
@MessageBundle(value = "msg", locale = "en-AU")
public interface NotificationMessages {
    /** The language of the message, for the HTML {@code lang} attribute. */
    @Message("en-AU")
    String languageTag();

    @Message("{#if name}Hello {name},{#else}Hello,{/if}")
    String greeting(String name);

    @Message("This message was sent automatically by your practice's sign-in service. Replies are not read.")
    String footer();

    @Message("Your sign-in code")
    String codeSubjectSignIn();

    @Message("Your sign-in code for {practiceName}")
    String codeSubjectSignInAt(String practiceName);

    @Message("Your code to set up two-factor authentication")
    String codeSubjectEnrolment();

    @Message("Use this code to finish signing in:")
    String codeIntroSignIn();

    @Message("Use this code to finish signing in to {practiceName}:")
    String codeIntroSignInAt(String practiceName);

    @Message("Use this code to confirm this address for two-factor authentication:")
    String codeIntroEnrolment();

    @Message("It expires in {minutes} {#if minutes == 1}minute{#else}minutes{/if} and works only once.")
    String codeLifetime(int minutes);

    @Message("Never share this code. Nobody from your practice will ever ask you for it. "
            + "If you did not ask for a code, ignore this message.")
    String codeWarning();

    @Message("{code} is your sign-in code. It expires in {minutes} min. Never share it.")
    String codeSmsSignIn(String code, int minutes);

    @Message("{code} is your sign-in code for {practiceName}. It expires in {minutes} min. Never share it.")
    String codeSmsSignInAt(String code, String practiceName, int minutes);

    @Message("{code} is your code to set up two-factor sign-in. It expires in {minutes} min. Never share it.")
    String codeSmsEnrolment(String code, int minutes);

    @Message("{practiceName} now requires two-factor authentication")
    String mandateSubjectRequired(String practiceName);

    @Message("{practiceName} has changed its two-factor authentication method")
    String mandateSubjectMethod(String practiceName);

    @Message("{practiceName} now requires two-factor authentication for everyone who signs in to it.")
    String mandateRequired(String practiceName);

    @Message("{practiceName} has changed the two-factor authentication method its members must use.")
    String mandateMethodChanged(String practiceName);

    @Message("{#if method == 'AUTHENTICATOR'}You must use an authenticator app."
            + "{#else if method == 'SMS'}You must use codes sent to your phone by SMS."
            + "{#else if method == 'EMAIL'}You must use codes sent to you by email."
            + "{#else}You may use an authenticator app, codes by SMS or codes by email.{/if}")
    String mandateMethod(String method);

    @Message("If you have not set it up yet, you will be asked to at your next sign-in.")
    String mandateNextStep();

    @Message("{#if kind == 'FACTOR_ENROLLED'}A two-factor method was added to your account"
            + "{#else if kind == 'FACTOR_REMOVED'}A two-factor method was removed from your account"
            + "{#else if kind == 'RECOVERY_CODES_REGENERATED'}Your recovery codes were replaced"
            + "{#else}A recovery code was used on your account{/if}")
    String securitySubject(String kind);

    @Message("{#if kind == 'FACTOR_ENROLLED'}A new way to confirm your sign-in was added to your account."
            + "{#else if kind == 'FACTOR_REMOVED'}A way to confirm your sign-in was removed from your account."
            + "{#else if kind == 'RECOVERY_CODES_REGENERATED'}A new set of recovery codes was created "
            + "for your account. The previous codes no longer work."
            + "{#else}One of your recovery codes was used to sign in. It cannot be used again.{/if}")
    String securityWhat(String kind);

    @Message("Method: {#if factorType == 'SMS'}codes by SMS{#else if factorType == 'EMAIL'}codes by email"
            + "{#else}authenticator app{/if}")
    String securityFactor(String factorType);

    @Message("Practice: {practiceName}")
    String securityPractice(String practiceName);

    @Message("If this was not you, contact your practice administrator straight away.")
    String securityNotYou();
}
