namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// Why someone other than the author uses or discloses a psychotherapy note (R7.2, 45 CFR 164.508(a)(2)): under a
/// recorded specific authorization, or under one of the listed exceptions. The author's own treatment use needs no
/// purpose (RA1).
/// </summary>
public enum PsychotherapyNoteAccessPurpose
{
    /// <summary>A specific psychotherapy-notes authorization signed by the client (164.508(a)(2)).</summary>
    SpecificAuthorization,

    /// <summary>The practice's supervised training program, in which practitioners learn under supervision (164.508(a)(2)(i)(B)).</summary>
    SupervisedTraining,

    /// <summary>Defending the practice in a legal action or other proceeding brought by the client (164.508(a)(2)(i)(C)).</summary>
    DefendLegalActionByClient,

    /// <summary>A review by the Secretary of HHS of the practice's compliance (164.508(a)(2)(ii), 164.502(a)(2)(ii)).</summary>
    HhsComplianceReview,

    /// <summary>A use or disclosure required by law, for example mandated abuse reporting (164.512(a)).</summary>
    RequiredByLaw,

    /// <summary>Health oversight of the note's originator (164.512(d)).</summary>
    HealthOversightOfOriginator,

    /// <summary>A coroner or medical examiner (164.512(g)(1)).</summary>
    Coroner,

    /// <summary>Preventing or lessening a serious and imminent threat to the health or safety of a person or the public (164.512(j)(1)(i)).</summary>
    PreventSeriousImminentThreat,
}
