namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// The ids of the rules of <see cref="ClinicalRecordAccessPolicy"/>, as decisions and audit entries carry them.
/// docs/records.md lists each with its matrix row.
/// </summary>
public static class RecordAccessRules
{
    /// <summary>RA1: a psychotherapy note is read and written by its author only (R7.1–R7.2).</summary>
    public const string PsychotherapyNoteAuthor = "RA1";

    /// <summary>RA2: a client reads, prints and exports their own designated record set and files requests (R7.3, R7.8).</summary>
    public const string ClientSelfAccess = "RA2";

    /// <summary>RA3: a treating clinician reads and writes their clients' clinical records.</summary>
    public const string TreatingClinician = "RA3";

    /// <summary>RA4: the supervisor of a treating clinician reads, writes and co-signs their supervisee's clients' records.</summary>
    public const string Supervisor = "RA4";

    /// <summary>RA5: billing staff see what billing needs (demographics and service facts: dates, codes' inputs, diagnoses), never note content.</summary>
    public const string Billing = "RA5";

    /// <summary>RA6: front desk sees and keeps demographics only (scheduling is another area).</summary>
    public const string FrontDesk = "RA6";

    /// <summary>RA7: a practice administrator keeps demographics and request logs and destroys records under the retention rules (R7.11–R7.12); no clinical content.</summary>
    public const string PracticeAdmin = "RA7";

    /// <summary>RA8: an automated process reads demographics and service facts (reminders, claims).</summary>
    public const string System = "RA8";

    /// <summary>RA9: anything no rule allows is denied (minimum necessary, 45 CFR 164.502(b)).</summary>
    public const string DefaultDeny = "RA9";

    /// <summary>RA10: a clinician may break the glass to read a record in an emergency, with a reason; always audited; never a psychotherapy note.</summary>
    public const string BreakTheGlass = "RA10";

    /// <summary>R7.2: psychotherapy notes are not disclosed or exported without a specific authorization.</summary>
    public const string PsychotherapyNoteDisclosure = "R7.2";

    /// <summary>R7.3: psychotherapy notes are excluded from the client's right of access.</summary>
    public const string PsychotherapyNoteClientExcluded = "R7.3";

    /// <summary>RA11: someone other than the author uses or discloses a psychotherapy note under the client's specific authorization (R7.2).</summary>
    public const string PsychotherapyNoteAuthorization = "RA11";

    /// <summary>RA12: someone other than the author uses or discloses a psychotherapy note under a listed exception (R7.2): supervised training, defending a legal action brought by the client, HHS compliance review, required by law, health oversight of the originator, coroner, serious and imminent threat.</summary>
    public const string PsychotherapyNoteException = "RA12";
}
