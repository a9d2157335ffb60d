namespace CounselingRecords.Billing.Barter;

/// <summary>What the clinician documents before accepting goods or services instead of money (R5.5–R5.9).</summary>
/// <param name="ClientRequested">The client asked for the arrangement (ACA A.10.e, NASW 1.13(b), AAMFT 8.5, COMAR).</param>
/// <param name="AcceptedLocalPractice">It is accepted practice among local professionals.</param>
/// <param name="NotExploitative">It is neither exploitative nor harmful, not clinically contraindicated and does not distort the relationship (APA 6.05).</param>
/// <param name="WrittenContractReference">The clear written contract that documents it, or <see langword="null"/> when there is none.</param>
public sealed record BarterTerms(bool ClientRequested, bool AcceptedLocalPractice, bool NotExploitative, string? WrittenContractReference);
