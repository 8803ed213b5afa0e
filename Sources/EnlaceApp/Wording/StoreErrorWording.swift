import EnlaceModel
import EnlaceStore
import EnlaceText
import Foundation

extension StoreError {
    /// The one line the command line prints on stderr: the file, the record, what to do.
    /// Paths, ids and logins come from files and users, so they are made safe to print.
    public func message(_ language: Language) -> String {
        func safe(_ text: String) -> String { SafeText.line(text) }
        switch self {
        case .notADataDirectory(let path):
            return StorePhrase.notADataDirectory(language, ["path": safe(path)])
        case .missingFile(let path):
            return StorePhrase.missingFile(language, ["path": safe(path)])
        case .alreadyExists(let path):
            return StorePhrase.alreadyExists(language, ["path": safe(path)])
        case .notEmpty(let path, let found):
            return StorePhrase.notEmpty(language, ["path": safe(path), "found": found.map(safe).joined(separator: ", ")])
        case .damaged(let path, 0, _, let reason):
            // A problem of the whole file (what it is, not what it holds): no place in it to name.
            return StorePhrase.damagedFile(language, ["path": safe(path), "reason": reason.message(language)])
        case .damaged(let path, let line, let column, let reason):
            return StorePhrase.damaged(language, [
                "path": safe(path), "line": String(line), "column": String(column),
                "reason": reason.message(language),
            ])
        case .newerSchema(let path, let found, let supported):
            return StorePhrase.newerSchema(language, [
                "path": safe(path), "found": String(found), "supported": String(supported),
            ])
        case .conflict(let mine, let theirs):
            let entity = switch mine {
            case .case: StorePhrase.entityCase(language)
            case .contact: StorePhrase.entityContact(language)
            case .logEntry: StorePhrase.entityLogEntry(language)
            }
            let changedBy: String? = switch theirs {
            case .case(let record): record.updatedBy
            case .logEntry(let record): record.updatedBy
            case .contact: nil
            }
            if let changedBy {
                return StorePhrase.conflictBy(language, [
                    "entity": entity, "id": safe(mine.id), "user": safe(changedBy),
                    "theirs": String(theirs.version), "mine": String(mine.version),
                ])
            }
            return StorePhrase.conflict(language, [
                "entity": entity, "id": safe(mine.id), "theirs": String(theirs.version), "mine": String(mine.version),
            ])
        case .lockTimeout(let path, let login?, let pid?):
            return StorePhrase.lockTimeout(language, ["path": safe(path), "login": safe(login), "pid": String(pid)])
        case .lockTimeout(let path, _, _):
            return StorePhrase.lockTimeoutUnknown(language, ["path": safe(path)])
        case .io(let path, let operation, let code):
            return StorePhrase.ioFailure(language, [
                "path": safe(path), "operation": operation.phrase(language), "reason": Self.errnoText(code, language),
            ])
        case .notFound(let id) where IdentifierFormat.isLogID(id):
            return StorePhrase.logEntryNotFound(language, ["id": safe(id)])
        case .notFound(let id):
            return StorePhrase.notFound(language, ["id": safe(id)])
        case .deleted(let id, let user?, let at?) where IdentifierFormat.isContactID(id):
            return StorePhrase.contactDeleted(language, ["id": safe(id), "user": safe(user), "at": DateText.day(at, language)])
        case .deleted(let id, let user?, let at?):
            return StorePhrase.deleted(language, ["id": safe(id), "user": safe(user), "at": DateText.day(at, language)])
        case .deleted(let id, _, _):
            return StorePhrase.deletedUnknown(language, ["id": safe(id)])
        case .contactInUse(let id, let caseID):
            return StorePhrase.contactInUse(language, ["id": safe(id), "caseID": safe(caseID)])
        case .duplicateID(let id):
            return StorePhrase.duplicateID(language, ["id": safe(id)])
        case .invalidID(let id):
            return StorePhrase.invalidID(language, ["id": safe(id)])
        case .readOnly(let path):
            return StorePhrase.readOnly(language, ["path": safe(path)])
        case .notWritable(let path, let code):
            return StorePhrase.notWritable(language, ["path": safe(path), "reason": Self.errnoText(code, language)])
        }
    }

    public static func errnoText(_ code: Int32, _ language: Language) -> String {
        switch code {
        case EACCES, EPERM: return StorePhrase.errnoPermission(language)
        case EROFS: return StorePhrase.errnoReadOnlyFileSystem(language)
        case ENOSPC: return StorePhrase.errnoNoSpace(language)
        case EDQUOT: return StorePhrase.errnoQuota(language)
        case EIO: return StorePhrase.errnoIO(language)
        case ENOENT: return StorePhrase.errnoNotFound(language)
        case EEXIST: return StorePhrase.errnoExists(language)
        case ENOTDIR: return StorePhrase.errnoNotDirectory(language)
        case EISDIR: return StorePhrase.errnoIsDirectory(language)
        default: return String(cString: strerror(code))
        }
    }
}

extension StoreWarning {
    /// The one line a warning is printed as.
    public func message(_ language: Language) -> String {
        switch self {
        case .tornAuditLine(let path, let line?):
            StorePhrase.tornAuditLine(language, ["path": SafeText.line(path), "line": String(line)])
        case .tornAuditLine(let path, nil):
            StorePhrase.tornAuditLineAtEnd(language, ["path": SafeText.line(path)])
        case .strayTempKept(let path, let code):
            StorePhrase.strayTempKept(language, ["path": SafeText.line(path), "reason": StoreError.errnoText(code, language)])
        }
    }
}

extension DamageReason {
    public func message(_ language: Language) -> String {
        func safe(_ text: String) -> String { SafeText.line(text) }
        switch self {
        case .empty: return StorePhrase.reasonEmpty(language)
        case .notUTF8: return StorePhrase.reasonNotUTF8(language)
        case .unexpectedCharacter(let found, let expected):
            return StorePhrase.reasonUnexpectedCharacter(language, [
                "found": "'\(safe(found))'", "expected": expected.phrase(language),
            ])
        case .unexpectedEnd: return StorePhrase.reasonUnexpectedEnd(language)
        case .trailingContent: return StorePhrase.reasonTrailingContent(language)
        case .duplicateKey(let key): return StorePhrase.reasonDuplicateKey(language, ["key": safe(key)])
        case .nestedTooDeeply(let limit): return StorePhrase.reasonNestedTooDeeply(language, ["limit": String(limit)])
        case .tooLarge(let bytes, let limit):
            return StorePhrase.reasonTooLarge(language, ["bytes": String(bytes), "limit": String(limit)])
        case .missingField(let field): return StorePhrase.reasonMissingField(language, ["field": safe(field)])
        case .wrongType(let field, let expected):
            let kind: StorePhrase = switch expected {
            case "string": .typeString
            case "number": .typeNumber
            case "boolean": .typeBoolean
            case "array": .typeArray
            default: .typeObject
            }
            return StorePhrase.reasonWrongType(language, ["field": safe(field), "expected": kind(language)])
        case .invalidValue(let field, let detail):
            return StorePhrase.reasonInvalidValue(language, ["field": safe(field), "detail": safe(detail)])
        case .notAWholeNumber(let field, let number):
            return StorePhrase.reasonNotAWholeNumber(language, ["field": safe(field), "number": safe(number)])
        case .idDoesNotMatchFileName(let id, let fileName):
            return StorePhrase.reasonIDDoesNotMatchFileName(language, ["id": safe(id), "fileName": safe(fileName)])
        case .duplicateID(let id): return StorePhrase.reasonDuplicateID(language, ["id": safe(id)])
        case .notRegularFile(let kind):
            return StorePhrase.reasonNotRegularFile(language, ["kind": kind.phrase(language)])
        case .notRealDirectory(let kind):
            return StorePhrase.reasonNotRealDirectory(language, ["kind": kind.phrase(language)])
        case .cannotRead(let code):
            return StorePhrase.reasonCannotRead(language, ["reason": StoreError.errnoText(code, language)])
        case .unreadable(let detail): return StorePhrase.reasonUnreadable(language, ["detail": safe(detail)])
        }
    }
}

extension FileKind {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .regularFile: StorePhrase.kindRegularFile(language)
        case .symbolicLink: StorePhrase.kindSymbolicLink(language)
        case .directory: StorePhrase.kindDirectory(language)
        case .fifo: StorePhrase.kindFIFO(language)
        case .device: StorePhrase.kindDevice(language)
        case .socket: StorePhrase.kindSocket(language)
        }
    }
}

extension ExpectedSyntax {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .value: StorePhrase.expectedValue(language)
        case .quotedKey: StorePhrase.expectedQuotedKey(language)
        case .colon: StorePhrase.expectedColon(language)
        case .commaOrClosingBrace: StorePhrase.expectedCommaOrBrace(language)
        case .commaOrClosingBracket: StorePhrase.expectedCommaOrBracket(language)
        case .digit: StorePhrase.expectedDigit(language)
        case .hexDigit: StorePhrase.expectedHexDigit(language)
        case .escape: StorePhrase.expectedEscape(language)
        case .escapedControlCharacter: StorePhrase.expectedEscapedControl(language)
        case .literal(let word): StorePhrase.expectedLiteral(language, ["word": word])
        }
    }
}

extension FileOperation {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .open: StorePhrase.operationOpen(language)
        case .read: StorePhrase.operationRead(language)
        case .write: StorePhrase.operationWrite(language)
        case .sync: StorePhrase.operationSync(language)
        case .rename: StorePhrase.operationRename(language)
        case .remove: StorePhrase.operationRemove(language)
        case .lock: StorePhrase.operationLock(language)
        case .list: StorePhrase.operationList(language)
        case .createDirectory: StorePhrase.operationCreateDirectory(language)
        case .status: StorePhrase.operationStatus(language)
        }
    }
}

extension AuditFinding {
    /// The line `check` prints, naming the audit log at `path`.
    public func message(_ language: Language, path: String) -> String {
        let path = SafeText.line(path), id = SafeText.line(id)
        let entity = switch entity {
        case "case": StorePhrase.entityCase(language)
        case "log": StorePhrase.entityLogEntry(language)
        default: StorePhrase.entityContact(language)
        }
        switch kind {
        case .lastVersionUnlogged(let version):
            return StorePhrase.auditLastVersionUnlogged(language, [
                "path": path, "entity": entity, "id": id, "version": String(version)])
        case .versionsUnlogged(let from, let through) where from == through:
            return StorePhrase.auditVersionUnlogged(language, [
                "path": path, "entity": entity, "id": id, "version": String(from)])
        case .versionsUnlogged(let from, let through):
            return StorePhrase.auditVersionsUnlogged(language, [
                "path": path, "entity": entity, "id": id, "from": String(from), "through": String(through)])
        case .duplicated(let version, let lines):
            return StorePhrase.auditDuplicated(language, [
                "path": path, "entity": entity, "id": id, "version": String(version),
                "lines": lines.map(String.init).joined(separator: ", ")])
        case .beyondRecord(let logged, let record):
            return StorePhrase.auditBeyondRecord(language, [
                "path": path, "entity": entity, "id": id, "logged": String(logged), "record": String(record)])
        case .recordMissing(let logged):
            return StorePhrase.auditRecordMissing(language, [
                "path": path, "entity": entity, "id": id, "logged": String(logged)])
        case .deletedButPresent(let version):
            return StorePhrase.auditDeletedButPresent(language, [
                "path": path, "entity": entity, "id": id, "version": String(version)])
        }
    }
}
