using System.Collections.Immutable;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Payers;

/// <summary>
/// A payer's billing settings: almost every rule of §1–§2 has payer variants, so the library keeps a default
/// policy plus these overrides (rules, design note 2). The presets carry the rule text's defaults; a host builds
/// its own profiles from its contracts.
/// </summary>
public sealed class PayerProfile
{
    /// <summary>Initializes a new instance of the <see cref="PayerProfile"/> class.</summary>
    /// <param name="name">The payer's display name.</param>
    /// <param name="payerId">The payer, or <see langword="null"/> for the self-pay profile.</param>
    /// <param name="payerClass">The class of coverage.</param>
    /// <param name="telehealthPlaceOfService">How POS is reported for telehealth (R1.15).</param>
    /// <param name="audioVideoModifier">The audio-video modifier (R1.16; 95 by default).</param>
    /// <param name="audioOnlyModifier">The audio-only modifier (R1.16; 93 by default, FQ for RHC/FQHC).</param>
    /// <param name="audioOnlyRequiresClientAtHome">Whether audio-only telehealth is accepted only with the client at home (Medicare, R1.16).</param>
    /// <param name="coversMultipleFamilyGroup">Whether 90849 is covered (R1.13).</param>
    /// <param name="maximumGroupParticipants">The largest group 90853 may be billed for (12 by NGS LCD L33632, R1.13).</param>
    /// <param name="fifteenMinuteUnitCodes">The codes this payer bills per 15 minutes by the 8-minute rule (R1.14).</param>
    /// <param name="additionalExclusions">Code combinations this payer refuses beyond CPT (for example BCBS-IL, R1.7).</param>
    /// <param name="diagnosticEvaluationRepeatBreak">The break since the last visit after which 90791/90792 may be repeated, if the payer limits it (R1.8).</param>
    /// <param name="maximumDiagnosisPointersPerLine">Pointers allowed per claim line: 4 by NUCC, 1 for Medicare paper claims (R2.3).</param>
    /// <param name="timelyFiling">The timely-filing limit (R2.8).</param>
    /// <param name="telehealthInPersonRequirement">The in-person visit requirement for telehealth at home, if any (R1.17).</param>
    public PayerProfile(
        string name,
        PayerId? payerId,
        PayerClass payerClass,
        TelehealthPlaceOfServiceRule telehealthPlaceOfService,
        AudioVideoModifierRule audioVideoModifier,
        AudioOnlyModifierRule audioOnlyModifier,
        bool audioOnlyRequiresClientAtHome,
        bool coversMultipleFamilyGroup,
        int maximumGroupParticipants,
        ImmutableArray<string> fifteenMinuteUnitCodes,
        ImmutableArray<CodeExclusion> additionalExclusions,
        Period? diagnosticEvaluationRepeatBreak,
        int maximumDiagnosisPointersPerLine,
        TimelyFilingRule timelyFiling,
        InPersonVisitRequirement? telehealthInPersonRequirement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(timelyFiling);
        if (!Enum.IsDefined(payerClass) || !Enum.IsDefined(telehealthPlaceOfService) || !Enum.IsDefined(audioVideoModifier) || !Enum.IsDefined(audioOnlyModifier))
        {
            throw new ArgumentOutOfRangeException(nameof(payerClass), "An enum argument has an undefined value.");
        }

        if (payerId is null && payerClass != PayerClass.SelfPay)
        {
            throw new ArgumentException("Only the self-pay profile has no payer id.", nameof(payerId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximumGroupParticipants, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumDiagnosisPointersPerLine, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximumDiagnosisPointersPerLine, 4);
        Name = name;
        PayerId = payerId;
        PayerClass = payerClass;
        TelehealthPlaceOfService = telehealthPlaceOfService;
        AudioVideoModifier = audioVideoModifier;
        AudioOnlyModifier = audioOnlyModifier;
        AudioOnlyRequiresClientAtHome = audioOnlyRequiresClientAtHome;
        CoversMultipleFamilyGroup = coversMultipleFamilyGroup;
        MaximumGroupParticipants = maximumGroupParticipants;
        FifteenMinuteUnitCodes = fifteenMinuteUnitCodes.IsDefault ? [] : fifteenMinuteUnitCodes;
        AdditionalExclusions = additionalExclusions.IsDefault ? [] : additionalExclusions;
        DiagnosticEvaluationRepeatBreak = diagnosticEvaluationRepeatBreak;
        MaximumDiagnosisPointersPerLine = maximumDiagnosisPointersPerLine;
        TimelyFiling = timelyFiling;
        TelehealthInPersonRequirement = telehealthInPersonRequirement;
    }

    /// <summary>
    /// Gets the codes most Medicaid and behavioral-health payers define per 15 minutes (HCPCS H0004 behavioral
    /// health counseling, H2011 crisis intervention, H2014 skills training, H2017 psychosocial rehabilitation,
    /// H2019 therapeutic behavioral services, H2027 psychoeducation). Whether a code is timed is payer-specific (R1.14).
    /// </summary>
    public static ImmutableArray<string> CommonFifteenMinuteCodes { get; } = ["H0004", "H2011", "H2014", "H2017", "H2019", "H2027"];

    /// <summary>Gets the self-pay profile: CMS place-of-service rules and modifiers, no claims.</summary>
    public static PayerProfile SelfPay { get; } = new(
        "Self-pay", null, PayerClass.SelfPay, TelehealthPlaceOfServiceRule.ByClientLocation, AudioVideoModifierRule.Modifier95,
        AudioOnlyModifierRule.Modifier93, false, true, CodeTables.DefaultMaximumGroupParticipants, CommonFifteenMinuteCodes, [], null, 4,
        TimelyFilingRule.DaysAfter(365), null);

    /// <summary>Gets the payer's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the payer, or <see langword="null"/> for self-pay.</summary>
    public PayerId? PayerId { get; }

    /// <summary>Gets the class of coverage.</summary>
    public PayerClass PayerClass { get; }

    /// <summary>Gets how POS is reported for telehealth.</summary>
    public TelehealthPlaceOfServiceRule TelehealthPlaceOfService { get; }

    /// <summary>Gets the audio-video modifier.</summary>
    public AudioVideoModifierRule AudioVideoModifier { get; }

    /// <summary>Gets the audio-only modifier.</summary>
    public AudioOnlyModifierRule AudioOnlyModifier { get; }

    /// <summary>Gets a value indicating whether audio-only telehealth needs the client at home.</summary>
    public bool AudioOnlyRequiresClientAtHome { get; }

    /// <summary>Gets a value indicating whether 90849 is covered.</summary>
    public bool CoversMultipleFamilyGroup { get; }

    /// <summary>Gets the largest group 90853 may be billed for.</summary>
    public int MaximumGroupParticipants { get; }

    /// <summary>Gets the codes billed per 15 minutes by the 8-minute rule.</summary>
    public ImmutableArray<string> FifteenMinuteUnitCodes { get; }

    /// <summary>Gets the payer's extra code exclusions.</summary>
    public ImmutableArray<CodeExclusion> AdditionalExclusions { get; }

    /// <summary>Gets the break after which a diagnostic evaluation may be repeated, or <see langword="null"/> when the payer sets none.</summary>
    public Period? DiagnosticEvaluationRepeatBreak { get; }

    /// <summary>Gets the diagnosis pointers allowed per line.</summary>
    public int MaximumDiagnosisPointersPerLine { get; }

    /// <summary>Gets the timely-filing limit.</summary>
    public TimelyFilingRule TimelyFiling { get; }

    /// <summary>Gets the in-person visit requirement for telehealth at home, or <see langword="null"/>.</summary>
    public InPersonVisitRequirement? TelehealthInPersonRequirement { get; }

    /// <summary>Gets a value indicating whether this profile bills a third party (claims), as opposed to self-pay.</summary>
    public bool IsInsurance => PayerId is not null;

    /// <summary>
    /// Returns a Medicare fee-for-service profile: CMS POS rules, 95/93 modifiers, audio-only only with the client
    /// at home, one diagnosis pointer per line on paper claims, one calendar year timely filing and the in-person
    /// requirement of R1.17 as configured in early 2026.
    /// </summary>
    /// <param name="payerId">The payer id of the Medicare contractor.</param>
    /// <param name="name">The display name.</param>
    /// <returns>The profile.</returns>
    public static PayerProfile Medicare(PayerId payerId, string name = "Medicare Part B") => new(
        name, payerId, PayerClass.Medicare, TelehealthPlaceOfServiceRule.ByClientLocation, AudioVideoModifierRule.Modifier95,
        AudioOnlyModifierRule.Modifier93, true, true, CodeTables.DefaultMaximumGroupParticipants, [], [], null, 1,
        TimelyFilingRule.Medicare, InPersonVisitRequirement.MedicareAsOf2026);

    /// <summary>Returns a commercial payer profile with the common defaults and the given timely-filing days.</summary>
    /// <param name="payerId">The payer.</param>
    /// <param name="name">The display name.</param>
    /// <param name="timelyFilingDays">Days after the date of service to file (often 90–180).</param>
    /// <returns>The profile.</returns>
    public static PayerProfile Commercial(PayerId payerId, string name, int timelyFilingDays = 90) => new(
        name, payerId, PayerClass.Commercial, TelehealthPlaceOfServiceRule.ByClientLocation, AudioVideoModifierRule.Modifier95,
        AudioOnlyModifierRule.Modifier93, false, true, CodeTables.DefaultMaximumGroupParticipants, CommonFifteenMinuteCodes, [], null, 4,
        TimelyFilingRule.DaysAfter(timelyFilingDays), null);

    /// <summary>Returns a copy with other code exclusions.</summary>
    /// <param name="exclusions">The payer's exclusions.</param>
    /// <returns>The copy.</returns>
    public PayerProfile WithAdditionalExclusions(ImmutableArray<CodeExclusion> exclusions) => new(
        Name, PayerId, PayerClass, TelehealthPlaceOfService, AudioVideoModifier, AudioOnlyModifier, AudioOnlyRequiresClientAtHome,
        CoversMultipleFamilyGroup, MaximumGroupParticipants, FifteenMinuteUnitCodes, exclusions, DiagnosticEvaluationRepeatBreak,
        MaximumDiagnosisPointersPerLine, TimelyFiling, TelehealthInPersonRequirement);

    /// <summary>Returns a copy with another telehealth in-person requirement.</summary>
    /// <param name="requirement">The requirement, or <see langword="null"/> for none.</param>
    /// <returns>The copy.</returns>
    public PayerProfile WithTelehealthInPersonRequirement(InPersonVisitRequirement? requirement) => new(
        Name, PayerId, PayerClass, TelehealthPlaceOfService, AudioVideoModifier, AudioOnlyModifier, AudioOnlyRequiresClientAtHome,
        CoversMultipleFamilyGroup, MaximumGroupParticipants, FifteenMinuteUnitCodes, AdditionalExclusions, DiagnosticEvaluationRepeatBreak,
        MaximumDiagnosisPointersPerLine, TimelyFiling, requirement);

    /// <summary>Returns a copy with another diagnostic-evaluation repeat break.</summary>
    /// <param name="repeatBreak">The break, or <see langword="null"/> for none.</param>
    /// <returns>The copy.</returns>
    public PayerProfile WithDiagnosticEvaluationRepeatBreak(Period? repeatBreak) => new(
        Name, PayerId, PayerClass, TelehealthPlaceOfService, AudioVideoModifier, AudioOnlyModifier, AudioOnlyRequiresClientAtHome,
        CoversMultipleFamilyGroup, MaximumGroupParticipants, FifteenMinuteUnitCodes, AdditionalExclusions, repeatBreak,
        MaximumDiagnosisPointersPerLine, TimelyFiling, TelehealthInPersonRequirement);

    /// <summary>Returns a copy with other telehealth settings.</summary>
    /// <param name="placeOfService">The POS rule.</param>
    /// <param name="audioVideo">The audio-video modifier.</param>
    /// <param name="audioOnly">The audio-only modifier.</param>
    /// <returns>The copy.</returns>
    public PayerProfile WithTelehealth(TelehealthPlaceOfServiceRule placeOfService, AudioVideoModifierRule audioVideo, AudioOnlyModifierRule audioOnly) => new(
        Name, PayerId, PayerClass, placeOfService, audioVideo, audioOnly, AudioOnlyRequiresClientAtHome,
        CoversMultipleFamilyGroup, MaximumGroupParticipants, FifteenMinuteUnitCodes, AdditionalExclusions, DiagnosticEvaluationRepeatBreak,
        MaximumDiagnosisPointersPerLine, TimelyFiling, TelehealthInPersonRequirement);

    /// <summary>Returns a copy with other group settings.</summary>
    /// <param name="maximumParticipants">The largest billable group.</param>
    /// <param name="coversMultipleFamily">Whether 90849 is covered.</param>
    /// <returns>The copy.</returns>
    public PayerProfile WithGroupSettings(int maximumParticipants, bool coversMultipleFamily) => new(
        Name, PayerId, PayerClass, TelehealthPlaceOfService, AudioVideoModifier, AudioOnlyModifier, AudioOnlyRequiresClientAtHome,
        coversMultipleFamily, maximumParticipants, FifteenMinuteUnitCodes, AdditionalExclusions, DiagnosticEvaluationRepeatBreak,
        MaximumDiagnosisPointersPerLine, TimelyFiling, TelehealthInPersonRequirement);

    /// <summary>Returns whether this payer bills <paramref name="code"/> per 15 minutes.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the code is in <see cref="FifteenMinuteUnitCodes"/>.</returns>
    public bool IsFifteenMinuteCode(string? code)
    {
        if (code is null)
        {
            return false;
        }

        foreach (var candidate in FifteenMinuteUnitCodes)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the payer's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
