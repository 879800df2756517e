export {
  type BearerVerification,
  type BearerVerifier,
  createBearerVerifier,
  type DevelopmentTokenOptions,
  InvalidTokenError,
  signDevelopmentToken,
} from './bearer-token';
export {
  anonymousCaller,
  type Caller,
  callerClass,
  callerSchema,
  canManageRegion,
  hasRole,
  isAuthenticated,
  isPerson,
  isStaff,
  partnerCaller,
  type Role,
  roles,
  seesOnlyPublic,
} from './caller';
export {
  type CallerSigner,
  type CallerVerifier,
  callerHeader,
  createCallerSigner,
  createCallerVerifier,
  generateCallerKeys,
  InvalidCallerHeaderError,
  readCallerKey,
} from './caller-header';
