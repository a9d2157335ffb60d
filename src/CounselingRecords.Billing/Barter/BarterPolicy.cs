namespace CounselingRecords.Billing.Barter;

/// <summary>Whether a jurisdiction or profession allows barter for services (R5.5–R5.10).</summary>
public enum BarterPolicy
{
    /// <summary>
    /// Allowed only under the ethics codes' conditions: the client requests it, it is accepted local practice, it is
    /// not exploitative or harmful, and it is in a clear written contract (ACA A.10.e, APA 6.05, NASW 1.13(b),
    /// AAMFT 8.5, COMAR 10.58.03.06).
    /// </summary>
    AllowedWithConditions,

    /// <summary>Prohibited, for example Ontario CRPO standard 6.1.6.</summary>
    Prohibited,
}
