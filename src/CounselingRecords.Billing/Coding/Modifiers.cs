namespace CounselingRecords.Billing.Coding;

/// <summary>The CPT/HCPCS modifiers the library appends (R1.16) or recognizes.</summary>
public static class Modifiers
{
    /// <summary>Synchronous audio-video telehealth.</summary>
    public const string AudioVideo95 = "95";

    /// <summary>Synchronous audio-only telehealth.</summary>
    public const string AudioOnly93 = "93";

    /// <summary>Audio-only telehealth by an RHC or FQHC.</summary>
    public const string AudioOnlyFQ = "FQ";

    /// <summary>Legacy audio-video telehealth modifier (payer-configurable).</summary>
    public const string LegacyTelehealthGT = "GT";

    /// <summary>Asynchronous telehealth, Alaska and Hawaii demonstration projects only.</summary>
    public const string AsynchronousGQ = "GQ";

    /// <summary>Distinct procedural service (for example individual and family psychotherapy on one date, R1.7).</summary>
    public const string DistinctService59 = "59";
}
