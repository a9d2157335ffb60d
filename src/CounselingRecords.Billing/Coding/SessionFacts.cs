using CounselingRecords.Care;
using NodaTime;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// What happened in a session, as the code selector needs it (R1.1–R1.17). A value with no clinical content:
/// minutes, kind, who was present, modality and where the client was.
/// </summary>
/// <param name="DateOfService">The date of service.</param>
/// <param name="Kind">The kind of service.</param>
/// <param name="Minutes">
/// The minutes that decide the code: face-to-face psychotherapy minutes (R1.4: note writing, scheduling and
/// collecting payment excluded), total crisis minutes of the date (they may be non-continuous, R1.9), family
/// minutes, or the minutes of a 15-minute code. Not used for diagnostic evaluations and groups.
/// </param>
/// <param name="Modality">How the session was delivered.</param>
/// <param name="ClientLocation">Where the client was (POS follows the client, R1.15).</param>
/// <param name="EvaluationAndManagementPerformed">Whether a significant, separately identifiable E/M service was performed on the date (R1.6).</param>
/// <param name="ProviderMayBillEvaluationAndManagement">Whether the rendering provider's profile allows E/M (prescribers; not counselors, LPCs, LMFTs, LCSWs, R1.7).</param>
/// <param name="InteractiveComplexity">The documented interactive-complexity factors, if claimed (R1.11).</param>
/// <param name="GroupParticipants">The documented number of group participants (R1.13).</param>
/// <param name="PatientPresence">How much of an individual session the patient was present for (R1.5).</param>
/// <param name="TimedUnitCode">The 15-minute code, for <see cref="ServiceKind.TimedUnits"/> (R1.14).</param>
/// <param name="HasPriorDiagnosticEvaluation">Whether the client already had a diagnostic evaluation (R1.8).</param>
/// <param name="LastVisitDate">The client's most recent visit before this one, if any (R1.8 repeat break).</param>
/// <param name="LastInPersonVisitDate">The most recent in-person visit, if any (R1.17).</param>
/// <param name="FirstTelehealthServiceDate">The date of the client's first telehealth service, if any before this one (R1.17).</param>
/// <param name="PlaceOfServiceOverride">An explicit two-digit place of service, for places R1.15 does not derive.</param>
public readonly record struct SessionFacts(
    LocalDate DateOfService,
    ServiceKind Kind,
    int Minutes,
    Modality Modality,
    ClientLocationKind ClientLocation,
    bool EvaluationAndManagementPerformed = false,
    bool ProviderMayBillEvaluationAndManagement = false,
    InteractiveComplexityFactors InteractiveComplexity = InteractiveComplexityFactors.None,
    int GroupParticipants = 0,
    PatientPresence PatientPresence = PatientPresence.WholeSession,
    string? TimedUnitCode = null,
    bool HasPriorDiagnosticEvaluation = false,
    LocalDate? LastVisitDate = null,
    LocalDate? LastInPersonVisitDate = null,
    LocalDate? FirstTelehealthServiceDate = null,
    string? PlaceOfServiceOverride = null)
{
    /// <summary>Gets a value indicating whether the session was telehealth (video or audio-only).</summary>
    public bool IsTelehealth => Modality != Modality.InPerson;

    /// <summary>Returns facts for an individual psychotherapy session.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="minutes">Face-to-face psychotherapy minutes.</param>
    /// <param name="modality">The modality.</param>
    /// <param name="clientLocation">Where the client was.</param>
    /// <returns>The facts.</returns>
    public static SessionFacts Individual(LocalDate dateOfService, int minutes, Modality modality = Modality.InPerson, ClientLocationKind clientLocation = ClientLocationKind.PracticeOffice) =>
        new(dateOfService, ServiceKind.IndividualPsychotherapy, minutes, modality, clientLocation);
}
