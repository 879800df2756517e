export {
  camelCaseOf,
  databaseSchemaOf,
  isServiceName,
  pascalCaseOf,
  repositoryRoot,
  routingUrlOf,
  type ServiceEntry,
  type ServiceName,
  serviceDir,
  serviceEntry,
  serviceNames,
  servicePackageName,
} from './conventions';
export { services } from './services';
