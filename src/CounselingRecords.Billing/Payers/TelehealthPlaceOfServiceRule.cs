namespace CounselingRecords.Billing.Payers;

/// <summary>How a payer wants place of service reported for telehealth (R1.15).</summary>
public enum TelehealthPlaceOfServiceRule
{
    /// <summary>The CMS rule: POS 10 when the client is at home or another non-facility place, POS 02 otherwise.</summary>
    ByClientLocation,

    /// <summary>Some commercial payers: report the in-person POS 11 and mark telehealth with a modifier only.</summary>
    OfficeCodeWithModifier,
}
