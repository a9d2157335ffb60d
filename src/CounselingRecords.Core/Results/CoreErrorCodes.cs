namespace CounselingRecords.Results;

/// <summary>Stable error codes raised by the shared kernel.</summary>
public static class CoreErrorCodes
{
    /// <summary>An operation was refused without a more specific code.</summary>
    public const string Unspecified = "core.unspecified";

    /// <summary>Input failed validation; <see cref="DomainError.Details"/> lists each failed rule.</summary>
    public const string ValidationFailed = "core.validation.failed";

    /// <summary>The actor is not allowed to perform the action.</summary>
    public const string AccessDenied = "core.access.denied";

    /// <summary>The record was changed by someone else since it was read.</summary>
    public const string ConcurrencyConflict = "core.storage.concurrency_conflict";

    /// <summary>The record does not exist.</summary>
    public const string NotFound = "core.storage.not_found";
}
