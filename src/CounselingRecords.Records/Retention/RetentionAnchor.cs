namespace CounselingRecords.Records.Retention;

/// <summary>The date a retention rule counts its period from.</summary>
public enum RetentionAnchor
{
    /// <summary>The last date of service (termination of the professional relationship).</summary>
    LastServiceDate,

    /// <summary>The date the client reaches the age of majority.</summary>
    MajorityDate,

    /// <summary>The end (31 December) of the calendar year of the last service, for contract-year rules such as Medicare Advantage.</summary>
    EndOfLastServiceYear,
}
