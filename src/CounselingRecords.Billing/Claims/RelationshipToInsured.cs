namespace CounselingRecords.Billing.Claims;

/// <summary>The patient's relationship to the insured (CMS-1500 item 6).</summary>
public enum RelationshipToInsured
{
    /// <summary>The patient is the insured.</summary>
    Self,

    /// <summary>Spouse.</summary>
    Spouse,

    /// <summary>Child.</summary>
    Child,

    /// <summary>Other.</summary>
    Other,
}
