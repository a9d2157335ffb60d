using CounselingRecords.Care;

namespace CounselingRecords.Billing.Coding;

/// <summary>The sentences of code-selection refusals and place-of-service decisions.</summary>
internal static class CodingMessages
{
    public static string Refusal(in SessionFacts facts, string errorCode, int limit) => errorCode switch
    {
        BillingErrorCodes.CodingBelowMinimumTime => $"{facts.Minutes} psychotherapy minutes are under the 16-minute floor: no psychotherapy code may be reported.",
        BillingErrorCodes.CodingPatientNotPresent => "The patient was present for less than the majority of the session: 90832–90838 need the patient present for all or most of it.",
        BillingErrorCodes.CodingEvaluationAndManagementNotPermitted => "An E/M was recorded but the provider's profile does not allow E/M billing; counselors, LPCs, LMFTs and LCSWs do not bill E/M or the +90833/+90836/+90838 add-ons.",
        BillingErrorCodes.CodingMedicalEvaluationRequiresPrescriber => "90792 (diagnostic evaluation with medical services) needs a provider whose profile allows medical services; use 90791 otherwise.",
        BillingErrorCodes.CodingDiagnosticEvaluationTooSoon => $"A diagnostic evaluation was already reported and the client was last seen on {facts.LastVisitDate}; this payer repeats 90791/90792 only after the configured break.",
        BillingErrorCodes.CodingFamilyBelowMinimumTime => $"{facts.Minutes} minutes of family psychotherapy are under 26: 90846/90847 need more than half of their 50 minutes.",
        BillingErrorCodes.CodingGroupParticipantsNotDocumented => "The number of group participants is not documented; 90853 needs it in the record.",
        BillingErrorCodes.CodingGroupTooSmall => $"{facts.GroupParticipants} participant is not a group.",
        BillingErrorCodes.CodingGroupTooLarge => $"{facts.GroupParticipants} participants exceed this payer's group maximum of {limit}.",
        BillingErrorCodes.CodingMultipleFamilyGroupNotCovered => "This payer does not cover multiple-family group psychotherapy (90849).",
        BillingErrorCodes.CodingInteractiveComplexityNotAllowed => facts.Kind switch
        {
            ServiceKind.FamilyWithPatient or ServiceKind.FamilyWithoutPatient or ServiceKind.MultipleFamilyGroup =>
                "+90785 is not reported with 90846, 90847 or 90849.",
            _ => "+90785 is not reported with an E/M alone; it needs 90791, 90792, 90832–90838 or 90853.",
        },
        BillingErrorCodes.CodingInteractiveComplexityInterpreterOnly => "An interpreter or translation alone does not qualify for +90785; one of the four documented factors is required.",
        BillingErrorCodes.CodingExcludedCombination => "Crisis psychotherapy (90839/+90840) is not reported with +90785 on the same date.",
        BillingErrorCodes.CodingTimedServiceBelowMinimum => $"{facts.Minutes} minutes of a 15-minute code are under 8: 0 units, not billable as the only service.",
        BillingErrorCodes.CodingCodeNotTimedForPayer => $"The code {facts.TimedUnitCode} is not billed per 15 minutes by this payer; check the payer profile.",
        BillingErrorCodes.CodingPlaceOfServiceUndetermined => $"An in-person session with the client at {Describe(facts.ClientLocation)} has no derived place of service; give the POS code explicitly.",
        BillingErrorCodes.CodingAudioOnlyNotPermitted => "This payer accepts audio-only telehealth only with the client at home.",
        BillingErrorCodes.CodingInPersonVisitRequired => facts.LastInPersonVisitDate is { } last
            ? $"Telehealth at home for this payer needs an in-person visit within the configured window; the last one was on {last}."
            : "Telehealth at home for this payer needs an in-person visit within the configured window; none is recorded.",
        BillingErrorCodes.CodingInvalidFacts => "The session facts are not valid: minutes and participants cannot be negative, and a 15-minute service needs its code.",
        _ => "The session cannot be coded.",
    };

    public static string PlaceOfService(in SessionFacts facts, string code, PlaceOfServiceBasis basis) => basis switch
    {
        PlaceOfServiceBasis.InPersonOffice => $"In person with the client at the office: POS {code}.",
        PlaceOfServiceBasis.InPersonHome => $"In person at the client's home: POS {code}.",
        PlaceOfServiceBasis.TelehealthClientNotAtFacility => $"{Describe(facts.Modality)} with the client at {Describe(facts.ClientLocation)} (not a facility): POS {code}, chosen by where the client is.",
        PlaceOfServiceBasis.TelehealthClientAtFacility => $"{Describe(facts.Modality)} with the client at {Describe(facts.ClientLocation)} (not their home): POS {code}, chosen by where the client is.",
        PlaceOfServiceBasis.PayerOfficeCodeForTelehealth => $"{Describe(facts.Modality)}: this payer wants the office POS {code} with a telehealth modifier.",
        PlaceOfServiceBasis.Explicit => $"Place of service {code} as recorded for the session.",
        _ => "No place of service.",
    };

    private static string Describe(Modality modality) => modality switch
    {
        Modality.Video => "Audio-video telehealth",
        Modality.AudioOnly => "Audio-only telehealth",
        _ => "In person",
    };

    private static string Describe(ClientLocationKind location) => location switch
    {
        ClientLocationKind.PracticeOffice => "an office",
        ClientLocationKind.Home => "home",
        ClientLocationKind.OtherNonFacility => "a non-facility place such as a car or workplace",
        _ => "a facility",
    };
}
